package dev.meshcode.descriptor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The document kinds of format v1 and the JSON Schema each is checked against. */
enum Kind {
  MESH("Mesh", "mesh.schema.json"),
  DOMAIN("Domain", "domain.schema.json"),
  DATA_PRODUCT("DataProduct", "data-product.schema.json"),
  POLICY("Policy", "policy.schema.json"),
  ENVIRONMENT("Environment", "environment.schema.json");

  static final String API_VERSION = "meshcode.dev/v1";

  private final String spelling;
  private final String schemaFile;

  Kind(String spelling, String schemaFile) {
    this.spelling = spelling;
    this.schemaFile = schemaFile;
  }

  /** How descriptors spell it: {@code DataProduct}. */
  String spelling() {
    return spelling;
  }

  String schemaFile() {
    return schemaFile;
  }

  static Optional<Kind> bySpelling(String written) {
    return Arrays.stream(values()).filter(k -> k.spelling.equals(written)).findFirst();
  }

  static List<String> spellings() {
    return Arrays.stream(values()).map(Kind::spelling).toList();
  }
}
