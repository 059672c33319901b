package dev.meshcode.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadScopeTest {

  private static final SourceLocation HERE = SourceLocation.ofFile("scope");
  private static final ResourceAddress ORDERS =
      new ResourceAddress(ResourceKind.KAFKA_TOPIC, "a.orders");
  private static final ResourceAddress OLD = new ResourceAddress(ResourceKind.KAFKA_TOPIC, "a.old");
  private static final ResourceAddress SCHEMA =
      new ResourceAddress(ResourceKind.SCHEMA, "a.orders-value");

  @Test
  void of_desiredState_namesEachResourcesDeclaredAttributes() {
    // GIVEN a declared topic with one config, a retired topic, and a schema
    DesiredState desired =
        new DesiredState(
            List.of(
                declared(ORDERS, Map.of("partitions", "3", "config.retention.ms", "1000")),
                declared(SCHEMA, Map.of("schema_type", "AVRO"))),
            List.of(declared(OLD, Map.of("partitions", "1", "config.cleanup.policy", "compact"))),
            List.of(new OwnedPrefix(ResourceKind.KAFKA_TOPIC, "a.", HERE)),
            Map.of());

    // WHEN
    ReadScope scope = ReadScope.of(desired);

    // THEN every address, with exactly its declared attribute names, retired ones included
    assertThat(scope.addresses()).containsExactlyInAnyOrder(OLD, ORDERS, SCHEMA);
    assertThat(scope.attributes(ORDERS)).containsExactly("config.retention.ms", "partitions");
    assertThat(scope.attributes(OLD)).containsExactly("config.cleanup.policy", "partitions");
    assertThat(scope.attributes(SCHEMA)).containsExactly("schema_type");
  }

  @Test
  void only_kinds_keepsTheAttributesOfThoseKindsOnly() {
    // GIVEN a scope of a topic and a schema, each with attributes
    ReadScope scope =
        ReadScope.exactly(Map.of(ORDERS, List.of("partitions"), SCHEMA, List.of("schema")));

    // WHEN the Kafka provider's part is taken
    ReadScope kafka = scope.only(Set.of(ResourceKind.KAFKA_TOPIC));

    // THEN
    assertThat(kafka.addresses()).containsExactly(ORDERS);
    assertThat(kafka.attributes()).containsOnlyKeys(ORDERS);
    assertThat(kafka.attributes(ORDERS)).containsExactly("partitions");
  }

  @Test
  void attributes_addressWithoutEntry_isEmpty() {
    // GIVEN a scope that names addresses only
    ReadScope scope = ReadScope.exactly(List.of(ORDERS));

    // WHEN / THEN it compares nothing beyond what a provider always reports
    assertThat(scope.addresses()).containsExactly(ORDERS);
    assertThat(scope.attributes(ORDERS)).isEmpty();
    assertThat(scope.attributes(OLD)).isEmpty();
  }

  private static DesiredResource declared(ResourceAddress address, Map<String, String> attributes) {
    return new DesiredResource(
        new Resource(address, Optional.empty(), attributes), HERE, Map.of(), Map.of());
  }
}
