package dev.meshcode.sandbox;

import dev.meshcode.resource.LiveSchemaText;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the provider contract exercises on a real registry, whichever Apicurio runs it. */
final class SchemaRegistryProviderExamples {

  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"A\",\"namespace\":\"contract\","
          + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

  /** V1 plus a field with a default: compatible under every level, FULL included. */
  private static final String V2 =
      "{\"type\":\"record\",\"name\":\"A\",\"namespace\":\"contract\",\"fields\":"
          + "[{\"name\":\"id\",\"type\":\"string\"},"
          + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";

  private SchemaRegistryProviderExamples() {}

  /** A subject config at BACKWARD and its Avro schema, in apply order. */
  static List<Resource> examples(String namespace) {
    return List.of(
        resource(
            ResourceKind.SCHEMA_SUBJECT_CONFIG,
            namespace + "a-value",
            Map.of("compatibility", "BACKWARD")),
        resource(ResourceKind.SCHEMA, namespace + "a-value", schema(V1)));
  }

  /** The config raised to FULL, the schema given a field with a default. */
  static Resource changed(Resource resource) {
    Map<String, String> attributes = new HashMap<>(resource.attributes());
    attributes.computeIfPresent("compatibility", (k, v) -> "FULL");
    attributes.computeIfPresent("schema", (k, v) -> canonical(V2));
    return new Resource(resource.address(), resource.product(), attributes);
  }

  /** A schema the registry cannot parse. */
  static Resource rejected(String namespace) {
    return resource(
        ResourceKind.SCHEMA,
        namespace + "bad-value",
        Map.of("schema", "{\"type\":\"record\"", "schema_type", "AVRO", "references", ""));
  }

  private static Map<String, String> schema(String text) {
    return Map.of("schema", canonical(text), "schema_type", "AVRO", "references", "");
  }

  private static String canonical(String text) {
    return LiveSchemaText.canonical("AVRO", text, List.of()).orElseThrow();
  }

  private static Resource resource(ResourceKind kind, String name, Map<String, String> attrs) {
    return new Resource(new ResourceAddress(kind, name), Optional.empty(), attrs);
  }
}
