package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.resource.ResourceAddress;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mesh:apply's choice of plan, progress, summary and verdicts, over in-memory systems. */
class ApplyMojoTest {

  @TempDir Path tmp;
  private final FakeWorld world = new FakeWorld();
  private final RecordingLog log = new RecordingLog(false);

  static ApplyMojo mojo(FakeWorld world, Path tmp, RecordingLog log) throws Exception {
    ApplyMojo mojo = new ApplyMojo();
    mojo.meshDirectory = LiveMeshes.write(tmp.resolve("mesh")).toFile();
    mojo.outputDirectory = tmp.resolve("target/mesh").toFile();
    mojo.planFile = tmp.resolve("target/mesh/plan.json").toFile();
    mojo.pluginVersion = "0.0.0-test";
    mojo.environment = "sandbox";
    mojo.providers = world::factory;
    mojo.setLog(log);
    return mojo;
  }

  static void applyEverything(FakeWorld world, Path tmp) throws Exception {
    mojo(world, tmp, new RecordingLog(false)).execute();
  }

  private PlanMojo plan() throws Exception {
    PlanMojo plan = new PlanMojo();
    plan.meshDirectory = tmp.resolve("mesh").toFile();
    plan.outputDirectory = tmp.resolve("target/mesh").toFile();
    plan.pluginVersion = "0.0.0-test";
    plan.environment = "sandbox";
    plan.providers = world::factory;
    plan.setLog(new RecordingLog(false));
    return plan;
  }

  @Test
  void execute_noPlanFile_plansAndAppliesInOneGo() throws Exception {
    // GIVEN
    ApplyMojo mojo = mojo(world, tmp, log);

    // WHEN
    mojo.execute();

    // THEN
    assertThat(log.lines)
        .contains(
            "[info] No saved plan at "
                + tmp.resolve("target/mesh/plan.json")
                + ": planning and applying in one go.",
            "[info] Apply schema_subject_config: 1 to apply",
            "[info] Apply kafka_topic: 1 applied, 0 failed, 0 skipped",
            "[info] Apply: 3 applied, 0 failed, 0 skipped.");
    assertThat(world.resources).containsKey(address("kafka_topic.trading.trades"));
    assertThat(tmp.resolve("target/mesh/plan.json")).doesNotExist();
  }

  @Test
  void execute_savedPlan_appliesIt() throws Exception {
    // GIVEN
    ApplyMojo mojo = mojo(world, tmp, log);
    plan().execute();

    // WHEN
    mojo.execute();

    // THEN
    assertThat(log.lines)
        .contains(
            "[info] Applying the saved plan " + tmp.resolve("target/mesh/plan.json") + ".",
            "[info] Apply: 3 applied, 0 failed, 0 skipped.");
  }

  @Test
  void execute_stalePlan_failsSayingToPlanAgain() throws Exception {
    // GIVEN a saved plan, then the topic appears behind its back
    ApplyMojo mojo = mojo(world, tmp, log);
    plan().execute();
    world.put("kafka_topic.trading.trades", Map.of("partitions", "1"));

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "The plan is stale: what it would change moved since it was computed (listed"
                + " above). Nothing was applied. Run mesh:plan again, review the new plan, and"
                + " apply that one.");
    assertThat(log.lines).anyMatch(l -> l.startsWith("[error]") && l.contains("stale-plan"));
  }

  @Test
  void execute_failedChange_failsWithTheSummary() throws Exception {
    // GIVEN the registry rejects the schema
    ApplyMojo mojo = mojo(world, tmp, log);
    world.failing.put(address("schema.trading.trades-value"), "422 invalid schema");

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "mesh:apply did not finish: 1 applied, 1 failed, 1 skipped."
                + " schema.trading.trades-value failed: 422 invalid schema;"
                + " kafka_topic.trading.trades skipped: Skipped: schema.trading.trades-value of the"
                + " same product did not apply.");
    assertThat(log.lines)
        .contains("[info]   failed  schema.trading.trades-value: 422 invalid schema");
  }

  @Test
  void execute_unknownEnvironment_failsBeforeReadingThePlanAgainstAnySystem() throws Exception {
    // GIVEN
    ApplyMojo mojo = mojo(world, tmp, log);
    mojo.environment = "prod";

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "The environment 'prod' is not declared in this mesh. Choose it with");
    assertThat(world.factoryCalls).isEmpty();
  }

  @Test
  void execute_planWithErrors_appliesNothing() throws Exception {
    // GIVEN a live topic with more partitions than declared: a decrease is a plan-time error
    ApplyMojo mojo = mojo(world, tmp, log);
    world.put("kafka_topic.trading.trades", Map.of("partitions", "12", "replication_factor", "3"));

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Nothing was applied: 1 error for environment 'sandbox'");
    assertThat(world.resources).hasSize(1);
  }

  private static ResourceAddress address(String text) {
    return ResourceAddress.parse(text).orElseThrow();
  }
}
