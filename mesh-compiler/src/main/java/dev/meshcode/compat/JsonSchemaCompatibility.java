package dev.meshcode.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema with the rules of Confluent's JSON Schema diff, on Jackson trees. The question "can a
 * consumer validating with the reader's schema accept data valid under the writer's?" is answered
 * by whether every change from writer to reader only widens what is accepted, with Confluent's
 * content-model rules for properties ({@link JsonObjectDiff}). See {@link JsonNodeDiff} for the
 * rules and {@code package-info} for what is not covered.
 */
final class JsonSchemaCompatibility implements FormatRules<JsonDocument> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public JsonDocument parse(SchemaText text) {
    JsonNode root = read("the schema", text.text());
    Map<String, JsonNode> refs = new HashMap<>();
    text.references().forEach((name, ref) -> refs.put(name, read("reference " + name, ref)));
    return new JsonDocument(root, Map.copyOf(refs));
  }

  private static JsonNode read(String what, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UnreadableSchema(what + " is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !(node.isObject() || node.isBoolean())) {
      throw new UnreadableSchema(what + " is not a JSON object or boolean");
    }
    return node;
  }

  @Override
  public List<Incompatibility> problems(JsonDocument reader, JsonDocument writer) {
    List<Incompatibility> out = new ArrayList<>();
    new JsonNodeDiff(writer, reader, out)
        .compare("$", writer.at(writer.root()), reader.at(reader.root()));
    return out;
  }
}
