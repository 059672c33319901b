package dev.meshcode.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SubjectNaming;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes a schema's subject by the mesh's naming strategy, as Confluent's serializers do. The
 * record strategies need the record's full name, read from the schema text: Avro {@code
 * namespace.name}, JSON Schema {@code title}, Protobuf {@code package.FirstMessage}.
 */
final class SubjectNamer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PROTO_COMMENTS =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern PROTO_PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;");
  private static final Pattern PROTO_MESSAGE = Pattern.compile("(?m)^message\\s+([A-Za-z_]\\w*)");

  private SubjectNamer() {}

  static Optional<String> subject(
      SubjectNaming naming, String topic, SchemaRole role, SchemaFormat format, String text) {
    switch (naming) {
      case RECORD:
        return recordName(format, text);
      case TOPIC_RECORD:
        return recordName(format, text).map(r -> topic + "-" + r);
      default:
        return Optional.of(topic + "-" + role.label());
    }
  }

  static Optional<String> recordName(SchemaFormat format, String text) {
    switch (format) {
      case AVRO:
        return json(text).flatMap(SubjectNamer::avroName);
      case JSON_SCHEMA:
        return json(text).map(n -> n.path("title").asText("")).filter(t -> !t.isBlank());
      default:
        return protoName(text);
    }
  }

  private static Optional<String> avroName(JsonNode schema) {
    String name = schema.path("name").asText("");
    if (!schema.isObject() || name.isEmpty()) {
      return Optional.empty();
    }
    String namespace = schema.path("namespace").asText("");
    return Optional.of(name.contains(".") || namespace.isEmpty() ? name : namespace + "." + name);
  }

  private static Optional<String> protoName(String text) {
    String code = PROTO_COMMENTS.matcher(text).replaceAll(" ");
    Matcher message = PROTO_MESSAGE.matcher(code);
    if (!message.find()) {
      return Optional.empty();
    }
    Matcher pkg = PROTO_PACKAGE.matcher(code);
    return Optional.of(pkg.find() ? pkg.group(1) + "." + message.group(1) : message.group(1));
  }

  private static Optional<JsonNode> json(String text) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
