package dev.meshcode.api;

import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;

/** Read, diff, judge: the part of plan (and of a one-go apply) after preparation. */
final class PlanRun {

  private final Stages stages;

  PlanRun(Stages stages) {
    this.stages = stages;
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
