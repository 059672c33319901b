package dev.meshcode.provider.schemaregistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.model.Compatibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The API's JSON bodies, both ways. Reading is lenient about extra fields, strict about types. */
final class RegistryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryJson() {}

  static Optional<JsonNode> tryParse(String body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static JsonNode parse(String body) {
    return tryParse(body).orElseThrow(() -> RegistryException.protocol("not JSON: " + clip(body)));
  }

  /** The register/lookup/compatibility request: {@code schemaType} is left out for Avro. */
  static String schemaRequest(SchemaDefinition def) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", def.schema());
    if (def.type() != SchemaType.AVRO) {
      root.put("schemaType", def.type().name());
    }
    if (!def.references().isEmpty()) {
      ArrayNode refs = root.putArray("references");
      for (SchemaReference r : def.references()) {
        refs.addObject()
            .put("name", r.name())
            .put("subject", r.subject())
            .put("version", r.version());
      }
    }
    def.metadata().ifPresent(m -> root.set("metadata", m));
    def.ruleSet().ifPresent(r -> root.set("ruleSet", r));
    return root.toString();
  }

  static String compatibilityRequest(Compatibility level) {
    return MAPPER.createObjectNode().put("compatibility", level.name()).toString();
  }

  static SubjectVersion subjectVersion(JsonNode n) {
    SchemaType type =
        n.hasNonNull("schemaType")
            ? SchemaType.parse(n.get("schemaType").asText())
            : SchemaType.AVRO;
    List<SchemaReference> refs = new ArrayList<>();
    for (JsonNode r : n.path("references")) {
      refs.add(new SchemaReference(text(r, "name"), text(r, "subject"), integer(r, "version")));
    }
    SchemaDefinition def =
        new SchemaDefinition(
            text(n, "schema"), type, refs, present(n, "metadata"), present(n, "ruleSet"));
    return new SubjectVersion(text(n, "subject"), integer(n, "id"), integer(n, "version"), def);
  }

  static List<String> strings(JsonNode n) {
    requireArray(n);
    List<String> out = new ArrayList<>();
    n.forEach(e -> out.add(e.asText()));
    return out;
  }

  static List<Integer> integers(JsonNode n) {
    requireArray(n);
    List<Integer> out = new ArrayList<>();
    n.forEach(e -> out.add(e.asInt()));
    return out;
  }

  /** {@code compatibilityLevel} from GET, {@code compatibility} from PUT's echo. */
  static Compatibility compatibility(JsonNode n) {
    String level =
        n.hasNonNull("compatibilityLevel")
            ? n.get("compatibilityLevel").asText()
            : text(n, "compatibility");
    try {
      return Compatibility.valueOf(level.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RegistryException.protocol("unknown compatibility level '" + level + "'");
    }
  }

  static RegistryMode mode(JsonNode n) {
    String mode = text(n, "mode");
    try {
      return RegistryMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RegistryException.protocol("unknown mode '" + mode + "'");
    }
  }

  /** Confluent's {@code messages[]}, or Apicurio 2.6's single {@code reason}. */
  static CompatibilityVerdict verdict(JsonNode n) {
    if (!n.path("is_compatible").isBoolean()) {
      throw RegistryException.protocol("no is_compatible in " + clip(n.toString()));
    }
    List<String> messages = new ArrayList<>();
    n.path("messages").forEach(m -> messages.add(m.asText()));
    if (messages.isEmpty() && n.hasNonNull("reason")) {
      messages.add(n.get("reason").asText());
    }
    return new CompatibilityVerdict(n.get("is_compatible").asBoolean(), messages, true);
  }

  static int id(JsonNode n) {
    return integer(n, "id");
  }

  private static Optional<JsonNode> present(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw RegistryException.protocol("no text field '" + field + "' in " + clip(n.toString()));
    }
    return v.asText();
  }

  private static int integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToInt()) {
      throw RegistryException.protocol("no number field '" + field + "' in " + clip(n.toString()));
    }
    return v.asInt();
  }

  private static void requireArray(JsonNode n) {
    if (!n.isArray()) {
      throw RegistryException.protocol("expected a JSON array, got " + clip(n.toString()));
    }
  }

  private static String clip(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
