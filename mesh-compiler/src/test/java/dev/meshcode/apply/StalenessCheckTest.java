package dev.meshcode.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.plan.Plan;
import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.provider.InMemoryWorld;
import dev.meshcode.provider.Providers;
import dev.meshcode.render.PlanJson;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalenessCheckTest {

  private static final ResourceAddress TOPIC =
      new ResourceAddress(ResourceKind.KAFKA_TOPIC, "execution.trades");

  @Test
  void check_nothingMoved_acceptsTheSavedPlan() {
    // GIVEN a plan saved to JSON and read back
    InMemoryWorld world = world();
    Plan saved = new PlanJson().read(new PlanJson().write(ApplierTest.plan(world)));

    // WHEN the touched resources are read again, unchanged
    Optional<Diagnostic> stale = new StalenessCheck().check(saved, reread(world, saved));

    // THEN the plan is not stale
    assertThat(saved.observed()).containsKey(TOPIC);
    assertThat(stale).isEmpty();
  }

  @Test
  void check_declaredAttributeMoved_refusesNamingTheResource() {
    // GIVEN a saved plan, then someone changes the topic's retention by hand
    InMemoryWorld world = world();
    Plan saved = ApplierTest.plan(world);
    Map<String, String> changed = new HashMap<>(world.get(TOPIC).orElseThrow().attributes());
    changed.put("config.min.insync.replicas", "1");
    world.put(TOPIC, changed);

    // WHEN apply re-reads it
    Optional<Diagnostic> stale = new StalenessCheck().check(saved, reread(world, saved));

    // THEN a stale-plan error names it, with the fingerprints
    assertThat(stale).isPresent();
    assertThat(stale.get().code()).isEqualTo("stale-plan");
    assertThat(stale.get().summary())
        .isEqualTo("The saved plan is stale: 1 resource changed since it was computed.");
    assertThat(stale.get().detail()).startsWith("kafka_topic.execution.trades (planned from ");
    assertThat(stale.get().hint())
        .isEqualTo("Run mesh:plan again, review the new plan, and apply that one.");
  }

  @Test
  void check_undeclaredConfigMoved_isNotStale() {
    // GIVEN a saved plan, then a config the mesh does not declare changes
    InMemoryWorld world = world();
    Plan saved = ApplierTest.plan(world);
    Map<String, String> changed = new HashMap<>(world.get(TOPIC).orElseThrow().attributes());
    changed.put("config.segment.bytes", "1024");
    world.put(TOPIC, changed);

    // WHEN apply re-reads it / THEN the plan still stands
    assertThat(new StalenessCheck().check(saved, reread(world, saved))).isEmpty();
  }

  @Test
  void check_resourceCreatedMeanwhile_isStale() {
    // GIVEN a plan to create the orders topic, then someone creates it first
    InMemoryWorld world = world();
    Plan saved = ApplierTest.plan(world);
    ResourceAddress orders = new ResourceAddress(ResourceKind.KAFKA_TOPIC, "execution.orders");
    world.put(orders, Map.of("partitions", "1", "replication_factor", "1"));

    // WHEN apply re-reads it
    Optional<Diagnostic> stale = new StalenessCheck().check(saved, reread(world, saved));

    // THEN the plan is stale: it was computed from an absent topic, and the topic found now is
    // hashed over the attributes the plan declares, not over nothing
    String nothing = "e3b0c44298fc1c14";
    assertThat(stale)
        .map(Diagnostic::detail)
        .get()
        .asString()
        .contains("kafka_topic.execution.orders (planned from absent, now ")
        .doesNotContain(nothing);
  }

  @Test
  void scope_savedPlan_namesTheAttributesEachFingerprintCovers() {
    // GIVEN a saved plan
    Plan saved = ApplierTest.plan(world());

    // WHEN apply asks what to re-read
    ReadScope scope = new StalenessCheck().scope(saved);

    // THEN exactly the planned resources, each with the attributes its fingerprint covers
    assertThat(scope.addresses()).containsExactlyElementsOf(saved.observed().keySet());
    assertThat(scope.prefixes()).isEmpty();
    assertThat(scope.attributes(TOPIC))
        .containsExactlyElementsOf(saved.observed().get(TOPIC).attributes())
        .contains("config.min.insync.replicas", "partitions");
  }

  /** A world where the trades topic exists with drift, so the plan updates it. */
  private static InMemoryWorld world() {
    InMemoryWorld world = new InMemoryWorld();
    world.put(
        TOPIC,
        Map.of(
            "partitions", "6",
            "replication_factor", "3",
            "config.min.insync.replicas", "3"));
    return world;
  }

  private static LiveState reread(InMemoryWorld world, Plan plan) {
    return new Providers(InMemoryProvider.all(world)).read(new StalenessCheck().scope(plan));
  }
}
