package dev.meshcode.api;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Optional;

/** Read, diff, judge: the part of plan (and of a one-go apply) after preparation. */
final class PlanRun {

  private final Stages stages;

  PlanRun(Stages stages) {
    this.stages = stages;
  }

  /**
   * The plan as a report: a provider that fails while reading or judging (a server down, a
   * credential refused) is a diagnostic naming the environment, never an exception, and no plan.
   */
  PlanReport report(Prepared ready, PlanOptions options) {
    String environment = ready.environment().name();
    try {
      Optional<Plan> plan = Optional.of(plan(ready, options));
      return new PlanReport(environment, ready.validation(), Diagnostics.none(), plan);
    } catch (ProviderException e) {
      Diagnostics failed = Diagnostics.of(List.of(RunDiagnostics.providerFailed(ready, e)));
      return new PlanReport(environment, ready.validation(), failed, Optional.empty());
    }
  }

  Plan plan(Prepared ready, PlanOptions options) {
    ReadScope scope = ReadScope.of(ready.desired());
    LiveState live =
        stages.timed(
            "read",
            () -> ready.providers().read(scope),
            l ->
                l.resources().size()
                    + " live resources of "
                    + scope.addresses().size()
                    + " in scope");
    Plan planned =
        stages.timed(
            "plan",
            () -> new Planner().plan(ready.desired(), live, options),
            p -> p.changes().size() + " changes");
    return stages.timed(
        "compatibility",
        () -> ready.providers().judge(planned),
        p -> p.diagnostics().all().size() + " plan diagnostics");
  }
}
