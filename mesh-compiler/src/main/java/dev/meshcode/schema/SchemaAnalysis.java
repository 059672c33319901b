package dev.meshcode.schema;

import dev.meshcode.diag.Diagnostics;
import java.util.Map;
import java.util.Optional;

/**
 * What the schema checks found: every problem, and the parsed form of each schema that parsed.
 *
 * @param parsed by product and role; a schema with an error is absent
 */
public record SchemaAnalysis(Diagnostics diagnostics, Map<SchemaKey, ParsedSchema> parsed) {

  public SchemaAnalysis {
    parsed = Map.copyOf(parsed);
  }

  public Optional<ParsedSchema> schema(SchemaKey key) {
    return Optional.ofNullable(parsed.get(key));
  }
}
