package dev.meshcode.provider.kafka;

import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderContract;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider contract on {@link KafkaProvider} against the run's real broker. Each test gets a
 * namespace of its own, so tests sharing the broker never see each other's topics.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaProviderContractTest extends ProviderContract {

  private KafkaProvider provider;
  private String namespace;
  private String bootstrap;

  @BeforeEach
  void connect(KafkaBroker broker) {
    namespace = "c" + UUID.randomUUID().toString().substring(0, 8) + ".";
    bootstrap = broker.bootstrap();
    provider = KafkaProvider.connect(connection());
  }

  private Map<String, String> connection() {
    return Map.of("bootstrap.servers", bootstrap);
  }

  @AfterEach
  void close() {
    provider.close();
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
            ResourceKind.KAFKA_TOPIC,
            "orders",
            Map.of("partitions", "2", "replication_factor", "1", "config.retention.ms", "3600000")),
        resource(
            ResourceKind.KAFKA_TOPIC,
            "events",
            Map.of("partitions", "1", "replication_factor", "1")));
  }

  /** More partitions, a changed retention, a new cleanup policy. */
  @Override
  protected Resource changed(Resource resource) {
    Map<String, String> attributes = new HashMap<>(resource.attributes());
    attributes.put("partitions", "3");
    attributes.computeIfPresent("config.retention.ms", (k, v) -> "7200000");
    attributes.put("config.cleanup.policy", "compact");
    return new Resource(resource.address(), resource.product(), attributes);
  }

  /** Kafka refuses a retention that is not a number. */
  @Override
  protected Resource rejected() {
    return resource(
        ResourceKind.KAFKA_TOPIC,
        "bad",
        Map.of("partitions", "1", "replication_factor", "1", "config.retention.ms", "soon"));
  }

  @org.junit.jupiter.api.Test
  void ownership_subjectsRecordedInTheLog_areOwnedUntilForgotten() {
    // GIVEN two subjects meshcode registered, recorded next to the topics it created
    String made = namespace + "orders-value";
    String gone = namespace + "events-value";
    provider.record(ResourceKind.SCHEMA, List.of(made, gone));

    // WHEN one is deleted again
    provider.forget(ResourceKind.SCHEMA, List.of(gone));

    // THEN a fresh client (the next build) reads the one left, and no topic is mistaken for it
    try (KafkaProvider next = KafkaProvider.connect(connection())) {
      org.assertj.core.api.Assertions.assertThat(next.owned(ResourceKind.SCHEMA))
          .contains(made)
          .doesNotContain(gone);
    }
  }
}
