package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The descriptor JSON Schemas: docs copies identical to the jar's, and fit for editors. */
class DescriptorSchemaFilesTest {

  private static final Path DOCS = Path.of("..", "docs", "schemas", "v1");

  @ParameterizedTest
  @EnumSource(Kind.class)
  void docsCopy_ofEachSchema_isByteIdenticalToTheJarResource(Kind kind) throws IOException {
    byte[] jar = resource(kind);
    Path docs = DOCS.resolve(kind.schemaFile());

    assertThat(Files.exists(docs))
        .as(
            "docs/schemas/v1/%s is missing; copy it from mesh-compiler/src/main/resources"
                + "/dev/meshcode/schema/v1/",
            kind.schemaFile())
        .isTrue();
    assertThat(Arrays.equals(jar, Files.readAllBytes(docs)))
        .as(
            "docs/schemas/v1/%s differs from the jar's copy; copy"
                + " mesh-compiler/src/main/resources/dev/meshcode/schema/v1/%s over it",
            kind.schemaFile(), kind.schemaFile())
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void schema_everyProperty_hasADescriptionAndObjectsAreClosed(Kind kind) throws IOException {
    JsonNode schema = new ObjectMapper().readTree(resource(kind));
    List<String> problems = new ArrayList<>();

    walk(schema, "#", problems);

    assertThat(schema.path("$id").asText())
        .isEqualTo("https://meshcode.dev/schemas/v1/" + kind.schemaFile());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(problems).isEmpty();
  }

  /** Walks subschemas only (not {@code if} conditions, which need not be closed). */
  private static void walk(JsonNode schema, String at, List<String> problems) {
    if (schema.has("properties")) {
      if (!schema.path("additionalProperties").isBoolean()) {
        problems.add(at + " does not set additionalProperties: false");
      }
      for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
        if (!p.getValue().hasNonNull("description")) {
          problems.add(at + "/properties/" + p.getKey() + " has no description");
        }
        walk(p.getValue(), at + "/properties/" + p.getKey(), problems);
      }
    }
    schema
        .path("$defs")
        .properties()
        .forEach(e -> walk(e.getValue(), at + "/$defs/" + e.getKey(), problems));
    for (String key : List.of("items", "additionalProperties", "then")) {
      if (schema.path(key).isObject()) {
        walk(schema.path(key), at + "/" + key, problems);
      }
    }
    for (String key : List.of("oneOf", "anyOf", "allOf")) {
      for (int i = 0; i < schema.path(key).size(); i++) {
        walk(schema.path(key).get(i), at + "/" + key + "/" + i, problems);
      }
    }
  }

  private static byte[] resource(Kind kind) throws IOException {
    try (InputStream in =
        Kind.class.getResourceAsStream(SchemaValidator.RESOURCE_DIR + kind.schemaFile())) {
      assertThat(in).as("jar resource %s", kind.schemaFile()).isNotNull();
      return in.readAllBytes();
    }
  }
}
