package dev.meshcode.provider.schemaregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A schema as the registry stores it under a subject.
 *
 * @param schema the schema text
 * @param type its language
 * @param references the schemas it refers to, in the order the registry keeps them
 * @param metadata Confluent 7.4+ data-contract metadata ({@code properties}, {@code tags}, {@code
 *     sensitive}), passed through as given; Apicurio accepts and drops it
 * @param ruleSet Confluent 7.4+ data-contract rules ({@code domainRules}, {@code migrationRules}),
 *     passed through as given; Apicurio accepts and drops it
 */
public record SchemaDefinition(
    String schema,
    SchemaType type,
    List<SchemaReference> references,
    Optional<JsonNode> metadata,
    Optional<JsonNode> ruleSet) {

  public SchemaDefinition {
    references = List.copyOf(references);
  }

  public static SchemaDefinition of(SchemaType type, String schema) {
    return new SchemaDefinition(schema, type, List.of(), Optional.empty(), Optional.empty());
  }

  public SchemaDefinition withReferences(List<SchemaReference> refs) {
    return new SchemaDefinition(schema, type, refs, metadata, ruleSet);
  }

  public SchemaDefinition withContract(Optional<JsonNode> meta, Optional<JsonNode> rules) {
    return new SchemaDefinition(schema, type, references, meta, rules);
  }
}
