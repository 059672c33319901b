package dev.meshcode.sandbox;

import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderContract;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import dev.meshcode.resource.LiveSchemaText;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceKind;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider contract against a real Apicurio Registry 3.3.3 ({@code /apis/ccompat/v7}). Each
 * test gets its own subject namespace on the shared server.
 */
@ExtendWith(ApicurioTestServer.class)
class SchemaRegistryProviderContractTest extends ProviderContract {

  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"A\",\"namespace\":\"contract\","
          + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

  /** V1 plus a field with a default: compatible under every level, FULL included. */
  private static final String V2 =
      "{\"type\":\"record\",\"name\":\"A\",\"namespace\":\"contract\",\"fields\":"
          + "[{\"name\":\"id\",\"type\":\"string\"},"
          + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";

  private final String namespace = "c" + UUID.randomUUID().toString().substring(0, 8) + ".";
  private SchemaRegistryProvider provider;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    provider = SchemaRegistryProvider.create(RegistrySettings.of(URI.create(registry.url())));
  }

  @Override
  protected Provider provider() {
    return provider;
  }

  @Override
  protected String namespace() {
    return namespace;
  }

  @Override
  protected List<Resource> examples() {
    return List.of(
        resource(
            ResourceKind.SCHEMA_SUBJECT_CONFIG, "a-value", Map.of("compatibility", "BACKWARD")),
        resource(ResourceKind.SCHEMA, "a-value", schema(V1)));
  }

  @Override
  protected Resource changed(Resource resource) {
    Map<String, String> attributes = new HashMap<>(resource.attributes());
    attributes.computeIfPresent("compatibility", (k, v) -> "FULL");
    attributes.computeIfPresent("schema", (k, v) -> canonical(V2));
    return new Resource(resource.address(), resource.product(), attributes);
  }

  @Override
  protected Resource rejected() {
    return resource(
        ResourceKind.SCHEMA,
        "bad-value",
        Map.of("schema", "{\"type\":\"record\"", "schema_type", "AVRO", "references", ""));
  }

  private static Map<String, String> schema(String text) {
    return Map.of("schema", canonical(text), "schema_type", "AVRO", "references", "");
  }

  private static String canonical(String text) {
    return LiveSchemaText.canonical("AVRO", text, List.of()).orElseThrow();
  }
}
