package dev.meshcode.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code $ref}s of a JSON Schema that point outside the file must name one of the schema's declared
 * references; otherwise the registry could not resolve them either.
 */
final class JsonReferences {

  private JsonReferences() {}

  static List<Diagnostic> missing(JsonNode root, SchemaSource source, SchemaInput input) {
    Set<String> declared =
        input.spec().references().stream().map(SchemaReference::name).collect(Collectors.toSet());
    List<Diagnostic> found = new ArrayList<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
            check(field.getValue(), declared, source, input).ifPresent(found::add);
          }
          pending.push(field.getValue());
        }
      } else if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
    return found;
  }

  private static Optional<Diagnostic> check(
      JsonNode ref, Set<String> declared, SchemaSource source, SchemaInput input) {
    String target = ref.asText();
    int hash = target.indexOf('#');
    String document = hash < 0 ? target : target.substring(0, hash);
    if (document.isEmpty() || declared.contains(document)) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            SchemaCodes.REFERENCE_MISSING,
            JsonSchemaParser.locate(source, ref),
            "JSON Schema "
                + source.file()
                + " ("
                + input.describe()
                + ") refers to '"
                + document
                + "', which is not among its references.",
            "Declare it under the schema's 'references' (name: "
                + document
                + ", with its subject and file)."));
  }
}
