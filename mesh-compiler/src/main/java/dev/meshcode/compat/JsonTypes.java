package dev.meshcode.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON types a schema accepts: its {@code type} keyword, or, without one, the types its other
 * keywords imply ({@code properties} an object, {@code items} an array, ...), or every type. Every
 * {@code integer} is a {@code number}, so {@code number} covers {@code integer}.
 */
record JsonTypes(Set<String> names) {

  private static final Set<String> ALL =
      Set.of("array", "boolean", "integer", "null", "number", "object", "string");

  static JsonTypes of(JsonNode schema) {
    JsonNode type = schema.get("type");
    Set<String> names = new TreeSet<>();
    if (type != null && type.isTextual()) {
      names.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> names.add(t.asText()));
    } else {
      implied(schema, names);
    }
    return new JsonTypes(names.isEmpty() ? ALL : Set.copyOf(names));
  }

  private static void implied(JsonNode s, Set<String> names) {
    if (s.has("properties")
        || s.has("required")
        || s.has("additionalProperties")
        || s.has("patternProperties")
        || s.has("maxProperties")
        || s.has("minProperties")) {
      names.add("object");
    }
    if (s.has("items") || s.has("maxItems") || s.has("minItems") || s.has("uniqueItems")) {
      names.add("array");
    }
    if (s.has("maxLength") || s.has("minLength") || s.has("pattern")) {
      names.add("string");
    }
    if (s.has("maximum")
        || s.has("minimum")
        || s.has("multipleOf")
        || s.has("exclusiveMaximum")
        || s.has("exclusiveMinimum")) {
      names.add("number");
    }
  }

  boolean has(String name) {
    return names.contains(name) || (name.equals("integer") && names.contains("number"));
  }

  /** Accepts every type {@code other} accepts. */
  boolean covers(JsonTypes other) {
    return other.names.stream().allMatch(this::has);
  }

  @Override
  public String toString() {
    return names.size() == 1 ? names.iterator().next() : new TreeSet<>(names).toString();
  }
}
