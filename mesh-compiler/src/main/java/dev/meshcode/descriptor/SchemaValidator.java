package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.meshcode.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks documents against the JSON Schema of their kind. The schemas ship in the jar (and, byte
 * for byte, in {@code docs/schemas/v1/}); each is compiled once per JVM and shared, since a
 * compiled {@link JsonSchema} is immutable and thread-safe.
 */
final class SchemaValidator {

  static final String RESOURCE_DIR = "/dev/meshcode/schema/v1/";

  /** A compiled schema and its raw tree, which the message translator reads. */
  record Compiled(JsonSchema schema, JsonNode raw) {}

  private static final class Shared {
    static final SchemaValidator INSTANCE = new SchemaValidator();
  }

  private final Map<Kind, Compiled> compiled = new EnumMap<>(Kind.class);

  private SchemaValidator() {
    ObjectMapper mapper = new ObjectMapper();
    // The schemas carry editor-only keywords (yaml-language-server shows patternErrorMessage);
    // declared as annotations they neither validate nor make the validator warn on every build.
    JsonMetaSchema metaSchema =
        JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keyword(new NonValidationKeyword("patternErrorMessage"))
            .build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, b -> b.metaSchema(metaSchema));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    for (Kind kind : Kind.values()) {
      JsonNode raw = readResource(mapper, kind.schemaFile());
      JsonSchema schema = factory.getSchema(raw, config);
      schema.initializeValidators();
      compiled.put(kind, new Compiled(schema, raw));
    }
  }

  static SchemaValidator shared() {
    return Shared.INSTANCE;
  }

  List<Diagnostic> validate(Kind kind, JsonTree.Converted document) {
    Compiled schema = compiled.get(kind);
    Set<ValidationMessage> messages = schema.schema().validate(document.json());
    if (messages.isEmpty()) {
      return List.of();
    }
    return new SchemaMessages(kind, schema.raw(), document).translate(messages);
  }

  private static JsonNode readResource(ObjectMapper mapper, String file) {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("descriptor schema missing from the jar: " + file);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("descriptor schema unreadable: " + file, e);
    }
  }
}
