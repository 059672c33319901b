package dev.meshcode.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.apply.ApplyResult;
import dev.meshcode.plan.Plan;
import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.render.PlanJson;
import dev.meshcode.render.PlanMarkdown;
import dev.meshcode.render.PlanText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario folder: descriptors + live state → the plan as text, Markdown and JSON, compared
 * with the golden files in {@code expected/}; then the convergence property: applying the plan and
 * planning again yields no changes.
 */
class ScenarioTest {

  static List<String> scenarios() {
    return Scenario.names();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void plan_scenario_rendersAsGolden(String name) {
    // GIVEN a mesh that loads without errors and the live state of its scenario
    Scenario scenario = Scenario.load(name);
    assertThat(scenario.loadDiagnostics().hasErrors())
        .as(scenario.loadDiagnostics().toString())
        .isFalse();

    // WHEN it is planned
    Plan plan = scenario.plan();

    // THEN each rendering matches its golden file, and the JSON reads back to the same plan
    Path expected = scenario.dir().resolve("expected");
    GoldenFiles.assertMatches(expected.resolve("plan.txt"), new PlanText().render(plan));
    GoldenFiles.assertMatches(expected.resolve("plan.md"), new PlanMarkdown().render(plan));
    String json = new PlanJson().write(plan);
    GoldenFiles.assertMatches(expected.resolve("plan.json"), json);
    assertThat(new PlanJson().read(json)).isEqualTo(plan);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void apply_thenPlanAgain_isEmpty(String name) {
    // GIVEN a scenario's plan without errors (a plan with errors is never applied)
    Scenario scenario = Scenario.load(name);
    Plan plan = scenario.plan();
    assumeFalse(plan.diagnostics().hasErrors(), "a plan with errors is not applied");

    // WHEN it is applied to the in-memory systems
    ApplyResult result =
        new Applier(InMemoryProvider.all(scenario.world())).apply(plan, ApplyEvent.Listener.none());

    // THEN every change applied and a second plan is empty
    assertThat(result.failures()).isEmpty();
    assertThat(result.outcomes()).hasSize(plan.changes().size());
    Plan again = scenario.plan();
    assertThat(again.changes()).isEmpty();
  }
}
