package dev.meshcode.compat;

import java.util.Map;

/**
 * One version of a schema as the registry would hold it: its text and the texts of the schemas it
 * references, by the name it uses for them (Avro full name, JSON Schema {@code $ref} URL, Protobuf
 * import path).
 */
public record SchemaText(String text, Map<String, String> references) {

  public SchemaText {
    references = Map.copyOf(references);
  }

  public static SchemaText of(String text) {
    return new SchemaText(text, Map.of());
  }
}
