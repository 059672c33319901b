package dev.meshcode.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.plan.Plan;
import dev.meshcode.render.PlanJson;
import dev.meshcode.resource.ResourceAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MeshCompiler#apply}: in one go, or a saved plan that must still hold. */
class MeshCompilerApplyTest {

  @TempDir Path tmp;

  @Test
  void apply_inOneGo_convergesSoTheNextPlanIsEmpty() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    MeshCompiler compiler = f.compiler();

    // WHEN
    ApplyReport applied =
        compiler.apply(f.meshRoot, "sandbox", ApplyRequest.fresh(false), f.factory());
    PlanReport after = compiler.plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory());

    // THEN
    assertThat(applied.savedPlan()).isFalse();
    assertThat(applied.succeeded()).as("%s", applied.result()).isTrue();
    assertThat(applied.result().orElseThrow().applied())
        .isEqualTo(applied.planned().plan().orElseThrow().changes().size());
    assertThat(after.hasErrors()).isFalse();
    assertThat(after.plan().orElseThrow().isEmpty()).as("%s", after.plan()).isTrue();
  }

  @Test
  void apply_savedPlan_roundTripsThroughPlanJsonAndApplies() {
    // GIVEN a plan written as plan.json
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    MeshCompiler compiler = f.compiler();
    Plan plan =
        compiler.plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory()).plan().get();
    String json = new PlanJson().write(plan);

    // WHEN
    ApplyReport applied =
        compiler.apply(f.meshRoot, "sandbox", ApplyRequest.saved(json), f.factory());

    // THEN
    assertThat(applied.savedPlan()).isTrue();
    assertThat(applied.succeeded()).isTrue();
    assertThat(applied.result().orElseThrow().outcomes()).hasSize(plan.changes().size());
    assertThat(f.world.get(ResourceAddress.parse("kafka_topic.execution.orders").get()))
        .isPresent();
    assertThat(compiler.plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory()).plan())
        .hasValueSatisfying(p -> assertThat(p.isEmpty()).isTrue());
  }

  @Test
  void apply_liveStateMovedSincePlan_refusesStalePlanAndWritesNothing() {
    // GIVEN a saved plan, then someone creates one of its topics by hand
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    MeshCompiler compiler = f.compiler();
    String json =
        new PlanJson()
            .write(
                compiler
                    .plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory())
                    .plan()
                    .get());
    ResourceAddress orders = ResourceAddress.parse("kafka_topic.execution.orders").get();
    f.world.put(orders, Map.of("partitions", "1", "replication_factor", "1"));

    // WHEN
    ApplyReport applied =
        compiler.apply(f.meshRoot, "sandbox", ApplyRequest.saved(json), f.factory());

    // THEN
    assertThat(applied.result()).isEmpty();
    assertThat(applied.planned().reported("stale-plan")).isTrue();
    assertThat(applied.planned().problems().all().get(0).detail())
        .startsWith("kafka_topic.execution.orders (planned from ");
    assertThat(f.world.applyCalls()).isZero();
  }

  @Test
  void apply_savedPlanWithErrors_isRefused() {
    // GIVEN a plan whose schema change the registry calls incompatible
    FacadeFixtures f = FacadeFixtures.scenario("schema-incompatible", tmp);
    MeshCompiler compiler = f.compiler();
    PlanReport planned = compiler.plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory());
    assertThat(planned.reported("schema-incompatible")).isTrue();
    String json = new PlanJson().write(planned.plan().get());

    // WHEN
    ApplyReport applied =
        compiler.apply(f.meshRoot, "sandbox", ApplyRequest.saved(json), f.factory());

    // THEN
    assertThat(applied.result()).isEmpty();
    assertThat(applied.planned().problems().all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("plan-has-errors");
              assertThat(d.summary())
                  .isEqualTo(
                      "The saved plan has 1 error, and a plan with errors is never applied.");
            });
    assertThat(f.world.applyCalls()).isZero();
  }

  @Test
  void apply_inOneGoWithErrors_isRefusedWithThePlanErrors() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("schema-incompatible", tmp);

    // WHEN
    ApplyReport applied =
        f.compiler().apply(f.meshRoot, "sandbox", ApplyRequest.fresh(false), f.factory());

    // THEN
    assertThat(applied.result()).isEmpty();
    assertThat(applied.planned().reported("schema-incompatible")).isTrue();
    assertThat(f.world.applyCalls()).isZero();
  }

  @Test
  void apply_planMadeForAnotherEnvironment_isRefusedAsMismatch() {
    // GIVEN a plan for staging (prefixed names) applied to the sandbox
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    MeshCompiler compiler = f.compiler();
    String json =
        new PlanJson()
            .write(
                compiler
                    .plan(f.meshRoot, "staging", PlanRequest.defaults(), f.factory())
                    .plan()
                    .get());

    // WHEN
    ApplyReport applied =
        compiler.apply(f.meshRoot, "sandbox", ApplyRequest.saved(json), f.factory());

    // THEN
    assertThat(applied.result()).isEmpty();
    assertThat(applied.planned().problems().all().get(0).code()).isEqualTo("plan-mismatch");
    assertThat(applied.planned().problems().all().get(0).detail())
        .contains(
            "kafka_topic.stg.execution.orders: the plan writes it, the mesh does not declare it");
    assertThat(f.world.applyCalls()).isZero();
  }

  @Test
  void apply_unreadablePlanFile_isRefused() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);

    // WHEN
    ApplyReport applied =
        f.compiler().apply(f.meshRoot, "sandbox", ApplyRequest.saved("{not json"), f.factory());

    // THEN
    assertThat(applied.result()).isEmpty();
    assertThat(applied.planned().problems().all().get(0).code()).isEqualTo("plan-file-invalid");
  }

  @Test
  void apply_reportsProgressAsOnePairOfEventsPerPhase() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);

    // WHEN
    f.compiler().apply(f.meshRoot, "sandbox", ApplyRequest.fresh(false), f.factory());

    // THEN three phases: subject configs, schemas, topics
    List<ApplyEvent> progress =
        f.events.stream()
            .filter(MeshEvent.ApplyProgress.class::isInstance)
            .map(e -> ((MeshEvent.ApplyProgress) e).event())
            .toList();
    assertThat(progress).hasSize(6);
    assertThat(progress.get(0)).isInstanceOf(ApplyEvent.PhaseStarted.class);
    assertThat(progress.get(5)).isInstanceOf(ApplyEvent.PhaseFinished.class);
  }

  @Test
  void apply_inOneGoWithPrune_deletesOrphansOnlyWhenAsked() {
    // GIVEN orphans under owned names
    FacadeFixtures f = FacadeFixtures.scenario("orphan-pruned", tmp);
    ResourceAddress orphan = ResourceAddress.parse("kafka_topic.execution.old-trades").get();

    // WHEN applied without prune, then with
    ApplyReport keep =
        f.compiler().apply(f.meshRoot, "sandbox", ApplyRequest.fresh(false), f.factory());
    boolean keptWithoutPrune = f.world.get(orphan).isPresent();
    ApplyReport prune =
        f.compiler().apply(f.meshRoot, "sandbox", ApplyRequest.fresh(true), f.factory());

    // THEN
    assertThat(keep.succeeded()).isTrue();
    assertThat(keptWithoutPrune).isTrue();
    assertThat(prune.result().orElseThrow().applied()).isEqualTo(2);
    assertThat(f.world.get(orphan)).isEmpty();
  }
}
