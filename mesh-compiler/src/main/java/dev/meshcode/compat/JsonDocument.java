package dev.meshcode.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A JSON Schema with the schemas it references by {@code $ref} URL. A node is always seen with the
 * document it belongs to ({@link At}), since a {@code $ref} inside a referenced schema resolves
 * against that schema, not the root.
 */
record JsonDocument(JsonNode root, Map<String, JsonNode> references) {

  /** A schema node and the root its local {@code $ref}s resolve against. */
  record At(JsonNode node, JsonNode base) {}

  At at(JsonNode node) {
    return new At(node, root);
  }

  /**
   * Follows {@code $ref}s (at most 32, so a cycle ends) to the schema they name; an unresolvable
   * reference stays as it is, an empty schema in effect.
   */
  At resolve(At at) {
    At current = at;
    for (int hops = 0; hops < 32; hops++) {
      JsonNode ref = current.node().path("$ref");
      if (!ref.isTextual()) {
        return current;
      }
      String url = ref.asText();
      int hash = url.indexOf('#');
      String file = hash < 0 ? url : url.substring(0, hash);
      String pointer = hash < 0 ? "" : url.substring(hash + 1);
      JsonNode base = file.isEmpty() ? current.base() : references.get(file);
      if (base == null) {
        return current;
      }
      // "#anchor" is no JSON pointer; like an unknown file it stays unresolved
      if (!pointer.isEmpty() && !pointer.startsWith("/")) {
        return current;
      }
      JsonNode target = pointer.isEmpty() ? base : base.at(pointer);
      if (target.isMissingNode()) {
        return current;
      }
      current = new At(target, base);
    }
    return current;
  }
}
