package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mesh:plan's parameters, files and verdicts, over in-memory systems. */
class PlanMojoTest {

  @TempDir Path tmp;
  private final FakeWorld world = new FakeWorld();
  private final RecordingLog log = new RecordingLog(false);

  private PlanMojo mojo(String environment) throws Exception {
    PlanMojo mojo = new PlanMojo();
    mojo.meshDirectory = LiveMeshes.write(tmp.resolve("mesh")).toFile();
    mojo.outputDirectory = tmp.resolve("target/mesh").toFile();
    mojo.pluginVersion = "0.0.0-test";
    mojo.environment = environment;
    mojo.providers = world::factory;
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void execute_noEnvironment_failsSayingHowToSetItAndListingTheDeclaredOnes() throws Exception {
    // GIVEN
    PlanMojo mojo = mojo(null);

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "No environment was chosen to plan against. Choose it with -Dmesh.environment=NAME"
                + " (or <environment>NAME</environment> in the plugin configuration). Declared"
                + " environments: sandbox.");
    assertThat(world.factoryCalls).isEmpty();
  }

  @Test
  void execute_unknownEnvironment_failsNamingIt() throws Exception {
    // GIVEN
    PlanMojo mojo = mojo("prod");

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("The environment 'prod' is not declared in this mesh.")
        .hasMessageEndingWith("Declared environments: sandbox.");
  }

  @Test
  void execute_changesPending_succeedsPrintsAndSavesThePlan() throws Exception {
    // GIVEN
    PlanMojo mojo = mojo("sandbox");

    // WHEN
    mojo.execute();

    // THEN
    Path out = tmp.resolve("target/mesh");
    assertThat(out.resolve("plan.json")).exists();
    assertThat(out.resolve("plan.txt")).exists();
    assertThat(out.resolve("plan.md")).exists();
    assertThat(out.resolve("diagnostics.json")).exists();
    assertThat(out.resolve("diagnostics.sarif")).exists();
    assertThat(log.lines).anyMatch(l -> l.startsWith("[info] + kafka_topic.trading.trades"));
    assertThat(log.lines)
        .contains(
            "[info] Plan saved to "
                + out.resolve("plan.json")
                + "; apply it with mvn mesh:apply -Dmesh.environment=sandbox");
  }

  @Test
  void execute_failOnChangesWithChanges_failsWithTheCounts() throws Exception {
    // GIVEN
    PlanMojo mojo = mojo("sandbox");
    mojo.failOnChanges = true;

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "Changes are pending for environment 'sandbox' (failOnChanges is true): 3 to create,"
                + " 0 to update, 0 to replace, 0 to delete.");
  }

  @Test
  void execute_failOnChangesWithoutChanges_succeeds() throws Exception {
    // GIVEN everything already exists
    PlanMojo mojo = mojo("sandbox");
    mojo.execute();
    ApplyMojoTest.applyEverything(world, tmp);
    mojo.failOnChanges = true;

    // WHEN
    mojo.execute();

    // THEN
    assertThat(log.lines).contains("[info] No changes. Live state matches the mesh.");
  }

  @Test
  void execute_validationErrors_failsWithoutReachingAnySystem() throws Exception {
    // GIVEN
    PlanMojo mojo = mojo("sandbox");
    java.nio.file.Files.writeString(
        tmp.resolve("mesh/domains/trading/trades/product.yaml"),
        LiveMeshes.FILES.get("domains/trading/trades/product.yaml") + "bogus: 1\n");

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("mesh:plan found 1 error for environment 'sandbox', listed above");
    assertThat(world.factoryCalls).isEmpty();
    assertThat(tmp.resolve("target/mesh/plan.json")).doesNotExist();
  }
}
