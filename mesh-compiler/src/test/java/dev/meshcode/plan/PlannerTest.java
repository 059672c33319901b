package dev.meshcode.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.ProductId;
import dev.meshcode.render.PlanJson;
import dev.meshcode.render.PlanText;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final SourceLocation DOMAIN = new SourceLocation("domains/x/domain.yaml", 1, 1);

  @Test
  void plan_prunedSchemasWithReferences_deletesTheReferencingOneFirst() {
    // GIVEN two orphan schemas under the owned name space, "a" referencing "b"
    LiveState live =
        LiveState.of(
            List.of(
                schema("x.b-value", ""),
                schema("x.a-value", "x.B=x.b-value"),
                resource(ResourceKind.KAFKA_TOPIC, "x.a", Map.of("partitions", "1"))));

    // WHEN planned with prune
    Plan plan = new Planner().plan(owning("x."), live, new PlanOptions(true));

    // THEN the topic goes first, then the schema that references, then the referenced one
    assertThat(plan.changes())
        .extracting(c -> c.address().toString())
        .containsExactly("kafka_topic.x.a", "schema.x.a-value", "schema.x.b-value");
    assertThat(plan.changes()).extracting(ResourceChange::action).containsOnly(Action.DELETE);
  }

  @Test
  void plan_sameInputsTwice_givesEqualPlans() {
    LiveState live = LiveState.of(List.of(schema("x.b-value", "")));
    DesiredState desired = owning("x.");

    assertThat(new Planner().plan(desired, live, new PlanOptions(true)))
        .isEqualTo(new Planner().plan(desired, live, new PlanOptions(true)));
  }

  @Test
  void plan_sensitiveAttribute_neverRendersItsValue() {
    // GIVEN a declared config whose key names a secret
    Resource topic =
        new Resource(
            new ResourceAddress(ResourceKind.KAFKA_TOPIC, "x.a"),
            Optional.of(new ProductId("x", "a")),
            Map.of("config.sasl.jaas.config", "hunter2", "partitions", "1"));
    DesiredState desired =
        new DesiredState(
            List.of(new DesiredResource(topic, DOMAIN, Map.of(), Map.of())),
            List.of(),
            List.of(),
            Map.of());

    // WHEN planned and rendered
    Plan plan = new Planner().plan(desired, LiveState.empty(), PlanOptions.defaults());

    // THEN the value appears in no output
    assertThat(new PlanText().render(plan))
        .contains("config.sasl.jaas.config: (sensitive)")
        .doesNotContain("hunter2");
    assertThat(new PlanJson().write(plan)).doesNotContain("hunter2");
  }

  private static DesiredState owning(String prefix) {
    List<OwnedPrefix> owned =
        List.of(ResourceKind.values()).stream()
            .map(k -> new OwnedPrefix(k, prefix, DOMAIN))
            .toList();
    return new DesiredState(List.of(), List.of(), owned, Map.of());
  }

  private static Resource schema(String subject, String references) {
    return resource(
        ResourceKind.SCHEMA,
        subject,
        Map.of("schema", "\"string\"", "schema_type", "AVRO", "references", references));
  }

  private static Resource resource(ResourceKind kind, String name, Map<String, String> attributes) {
    return new Resource(new ResourceAddress(kind, name), Optional.empty(), attributes);
  }
}
