package dev.meshcode.api;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyResult;
import dev.meshcode.apply.StalenessCheck;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.render.PlanFileException;
import dev.meshcode.render.PlanJson;
import dev.meshcode.state.LiveState;
import java.util.List;
import java.util.Optional;

/**
 * Apply, with a saved plan or in one go. Nothing is written unless the plan has no errors and, when
 * saved, still matches both the mesh (descriptors, environment) and the live state it was computed
 * from (invariant 3: apply what was reviewed).
 */
final class ApplyRun {

  private final Stages stages;

  ApplyRun(Stages stages) {
    this.stages = stages;
  }

  ApplyReport apply(
      ValidationReport validation,
      String environment,
      ApplyRequest request,
      ProviderFactory factory) {
    boolean saved = request.savedPlan().isPresent();
    Preparation.Outcome outcome = new Preparation(stages).prepare(validation, environment, factory);
    if (outcome.ready().isEmpty()) {
      PlanReport refused =
          new PlanReport(environment, validation, outcome.problems(), Optional.empty());
      return new ApplyReport(refused, saved, Optional.empty());
    }
    Prepared ready = outcome.ready().get();
    try {
      return apply(ready, saved, request);
    } finally {
      ready.providers().close();
    }
  }

  private ApplyReport apply(Prepared ready, boolean saved, ApplyRequest request) {
    PlanReport planned =
        saved
            ? checkSaved(ready, request.savedPlan().get())
            : new PlanRun(stages).report(ready, new PlanOptions(request.prune()));
    if (planned.hasErrors() || planned.plan().isEmpty()) {
      return new ApplyReport(planned, saved, Optional.empty());
    }
    Plan plan = planned.plan().get();
    ApplyResult result =
        stages.timed(
            "apply",
            () ->
                new Applier(ready.providers().all())
                    .apply(plan, e -> stages.emit(new MeshEvent.ApplyProgress(e))),
            r -> r.applied() + " applied, " + r.failed() + " failed, " + r.skipped() + " skipped");
    return new ApplyReport(planned, saved, Optional.of(result));
  }

  private PlanReport checkSaved(Prepared ready, String json) {
    Plan plan;
    try {
      plan = new PlanJson().read(json);
    } catch (PlanFileException e) {
      return report(ready, List.of(RunDiagnostics.planFile(e.getMessage())), Optional.empty());
    }
    if (plan.diagnostics().hasErrors()) {
      long errors = plan.diagnostics().count(Severity.ERROR);
      return report(ready, List.of(RunDiagnostics.planHasErrors(errors)), Optional.of(plan));
    }
    List<String> differences = PlanMatch.differences(plan, ready.desired());
    if (!differences.isEmpty()) {
      Diagnostic mismatch = RunDiagnostics.planMismatch(ready.environment().name(), differences);
      return report(ready, List.of(mismatch), Optional.of(plan));
    }
    StalenessCheck staleness = new StalenessCheck();
    LiveState fresh;
    try {
      fresh =
          stages.timed(
              "staleness",
              () -> ready.providers().read(staleness.scope(plan)),
              l -> plan.observed().size() + " fingerprints re-read");
    } catch (ProviderException e) {
      return report(ready, List.of(RunDiagnostics.providerFailed(ready, e)), Optional.of(plan));
    }
    return report(ready, staleness.check(plan, fresh).stream().toList(), Optional.of(plan));
  }

  private static PlanReport report(Prepared ready, List<Diagnostic> problems, Optional<Plan> plan) {
    return new PlanReport(
        ready.environment().name(), ready.validation(), Diagnostics.of(problems), plan);
  }
}
