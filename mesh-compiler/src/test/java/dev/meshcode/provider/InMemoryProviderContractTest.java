package dev.meshcode.provider;

import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The contract, run on the in-memory providers (the real adapters run it against real servers). */
class InMemoryProviderContractTest {

  @Nested
  class Kafka extends ProviderContract {
    private final InMemoryWorld world = new InMemoryWorld();

    @Override
    protected Provider provider() {
      return InMemoryProvider.all(world).stream()
          .filter(p -> p.system().equals("kafka"))
          .findFirst()
          .orElseThrow();
    }

    @Override
    protected String namespace() {
      return "contract.";
    }

    @Override
    protected List<Resource> examples() {
      return List.of(
          resource(
              ResourceKind.KAFKA_TOPIC,
              "a",
              Map.of("partitions", "2", "replication_factor", "1", "config.retention.ms", "1000")),
          resource(
              ResourceKind.KAFKA_TOPIC, "b", Map.of("partitions", "1", "replication_factor", "1")));
    }

    @Override
    protected Resource changed(Resource resource) {
      Map<String, String> attributes = new HashMap<>(resource.attributes());
      attributes.put("partitions", "3");
      attributes.put("config.cleanup.policy", "compact");
      return new Resource(resource.address(), resource.product(), attributes);
    }

    @Override
    protected Resource rejected() {
      Resource bad =
          resource(
              ResourceKind.KAFKA_TOPIC,
              "bad",
              Map.of("partitions", "0", "replication_factor", "1"));
      world.failOn(bad.address(), "INVALID_PARTITIONS");
      return bad;
    }
  }

  @Nested
  class SchemaRegistry extends ProviderContract {
    private final InMemoryWorld world = new InMemoryWorld();

    @Override
    protected Provider provider() {
      return InMemoryProvider.all(world).stream()
          .filter(p -> p.system().equals("schema-registry"))
          .findFirst()
          .orElseThrow();
    }

    @Override
    protected String namespace() {
      return "contract.";
    }

    @Override
    protected List<Resource> examples() {
      return List.of(
          resource(
              ResourceKind.SCHEMA_SUBJECT_CONFIG, "a-value", Map.of("compatibility", "BACKWARD")),
          resource(
              ResourceKind.SCHEMA,
              "a-value",
              Map.of("schema", "\"string\"", "schema_type", "AVRO", "references", "")));
    }

    @Override
    protected Resource changed(Resource resource) {
      Map<String, String> attributes = new HashMap<>(resource.attributes());
      attributes.computeIfPresent("compatibility", (k, v) -> "FULL");
      attributes.computeIfPresent("schema", (k, v) -> "\"long\"");
      return new Resource(resource.address(), resource.product(), attributes);
    }

    @Override
    protected Resource rejected() {
      Resource bad =
          resource(
              ResourceKind.SCHEMA,
              "bad-value",
              Map.of("schema", "{not a schema", "schema_type", "AVRO", "references", ""));
      world.failOn(bad.address(), "42201 invalid schema");
      return bad;
    }
  }
}
