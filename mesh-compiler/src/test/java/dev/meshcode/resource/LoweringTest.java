package dev.meshcode.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Stage;
import dev.meshcode.model.Topic;
import dev.meshcode.schema.SchemaChecker;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LoweringTest {

  @Test
  void prefix_templates_ownOnlyUnambiguousNameSpaces() {
    assertThat(Ownership.prefix("{domain}.{product}", "execution")).contains("execution.");
    assertThat(Ownership.prefix("team-{domain}-{product}.v1", "risk")).contains("team-risk-");
    assertThat(Ownership.prefix("{product}", "execution")).isEmpty();
    assertThat(Ownership.prefix("{product}.{domain}", "execution")).isEmpty();
    // no separator: "exec" would also own "execution..."
    assertThat(Ownership.prefix("{domain}{product}", "exec")).isEmpty();
  }

  @Test
  void lower_environmentPrefix_prefixesTopicsSubjectsAndOwnedNames() {
    // GIVEN one product and an environment prefix
    EnvironmentOverrides overrides =
        new EnvironmentOverrides(
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.of("dev."));

    // WHEN lowered
    DesiredState desired = lower(List.of(MeshFixtures.product("execution", "trades")), overrides);

    // THEN every name carries the prefix, and so does the owned name space
    assertThat(desired.resources())
        .extracting(r -> r.address().toString())
        .containsExactly(
            "schema_subject_config.dev.execution.trades-value",
            "schema.dev.execution.trades-value",
            "kafka_topic.dev.execution.trades");
    assertThat(desired.owned()).extracting(OwnedPrefix::prefix).containsOnly("dev.execution.");
  }

  @Test
  void lower_partitionScale_roundsUpToAtLeastOneAndNotesIt() {
    // GIVEN a topic of 3 partitions and a scale of 0.1
    DataProduct product =
        ProductBuilder.product("execution", "trades")
            .topic(new Topic("execution.trades", 3, 3, Map.of("min.insync.replicas", "2")))
            .build();
    EnvironmentOverrides overrides =
        new EnvironmentOverrides(
            OptionalInt.of(5), OptionalInt.of(2), Optional.of(0.1), Optional.empty());

    // WHEN lowered
    DesiredResource topic = topic(lower(List.of(product), overrides));

    // THEN 3 × 0.1 rounds up to 1; caps above the declared values change nothing
    assertThat(topic.resource().attributes())
        .containsEntry("partitions", "1")
        .containsEntry("replication_factor", "3")
        .containsEntry("config.min.insync.replicas", "2");
    assertThat(topic.overrides())
        .containsExactly(Map.entry("partitions", "partitionScale=0.1, declared 3"));
  }

  @Test
  void lower_retiredProduct_goesToRetiredWithoutItsReferences() {
    // GIVEN a retired product
    DataProduct retired =
        ProductBuilder.product("execution", "old").lifecycle(Lifecycle.of(Stage.RETIRED)).build();

    // WHEN lowered
    DesiredState desired =
        lower(
            List.of(retired, MeshFixtures.product("execution", "trades")),
            EnvironmentOverrides.none());

    // THEN its three resources are to be deleted, the other product's remain
    assertThat(desired.retired())
        .extracting(r -> r.address().toString())
        .containsExactly(
            "schema_subject_config.execution.old-value",
            "schema.execution.old-value",
            "kafka_topic.execution.old");
    assertThat(desired.resources()).hasSize(3);
  }

  @Test
  void canonical_liveTextReformatted_equalsTheDesiredText() {
    // GIVEN the desired canonical text of a product's schema
    DesiredState desired =
        lower(List.of(MeshFixtures.product("execution", "trades")), EnvironmentOverrides.none());
    String wanted =
        desired.resources().get(1).resource().attribute(Attributes.SCHEMA).orElseThrow();

    // WHEN the registry returns the same schema, re-formatted, with the type omitted
    Optional<String> live =
        LiveSchemaText.canonical(
            "",
            "{ \"namespace\": \"test\", \"type\": \"record\", \"name\": \"Event\",\n"
                + "  \"fields\": [ {\"type\": \"string\", \"name\": \"id\"} ] }",
            List.of());

    // THEN both compare equal
    assertThat(live).contains(wanted);
    assertThat(LiveSchemaText.canonical("AVRO", "{not json", List.of())).isEmpty();
  }

  private static DesiredResource topic(DesiredState desired) {
    return desired.resources().stream()
        .filter(r -> r.address().kind() == ResourceKind.KAFKA_TOPIC)
        .findFirst()
        .orElseThrow();
  }

  private static DesiredState lower(List<DataProduct> products, EnvironmentOverrides overrides) {
    Mesh mesh = MeshFixtures.mesh(products, List.of());
    return new Lowering().lower(mesh, new SchemaChecker().analyse(mesh), overrides);
  }
}
