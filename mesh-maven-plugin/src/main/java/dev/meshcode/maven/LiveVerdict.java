package dev.meshcode.maven;

import dev.meshcode.api.ApplyReport;
import dev.meshcode.api.PlanReport;
import dev.meshcode.apply.ApplyResult;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import java.util.Optional;

/** Decides whether {@code mesh:plan} or {@code mesh:apply} fails the build, and says why. */
final class LiveVerdict {

  private LiveVerdict() {}

  /** The BUILD FAILURE message of a plan, or empty when the build passes. */
  static Optional<String> plan(PlanReport report, boolean failOnChanges) {
    Optional<String> refused = refusal(report, "planning");
    if (refused.isPresent()) {
      return refused;
    }
    if (failOnChanges && report.hasChanges()) {
      return Optional.of(
          "Changes are pending for environment '"
              + report.environment()
              + "' (failOnChanges is true): "
              + ApplySummary.changes(report.plan().get())
              + ". Review the plan above, then run mesh:apply, or fix the drift at its source.");
    }
    return Optional.empty();
  }

  /** The BUILD FAILURE message of an apply, or empty when every change applied. */
  static Optional<String> apply(ApplyReport report) {
    if (report.planned().reported("stale-plan")) {
      return Optional.of(
          "The plan is stale: what it would change moved since it was computed (listed above)."
              + " Nothing was applied. Run mesh:plan again, review the new plan, and apply that"
              + " one.");
    }
    Optional<String> refused = refusal(report.planned(), "applying");
    if (refused.isPresent()) {
      return refused;
    }
    Optional<ApplyResult> result = report.result();
    if (result.isPresent() && !result.get().succeeded()) {
      return Optional.of(
          "mesh:apply did not finish: "
              + ApplySummary.counts(result.get())
              + ". "
              + ApplySummary.reasons(result.get())
              + " Fix the causes, then run mesh:plan and mesh:apply again: what was applied shows"
              + " as no change.");
    }
    return Optional.empty();
  }

  private static Optional<String> refusal(PlanReport report, String what) {
    Optional<Diagnostic> environment =
        report.problems().all().stream()
            .filter(
                d ->
                    d.code().equals("environment-required")
                        || d.code().equals("unknown-environment"))
            .findFirst();
    if (environment.isPresent()) {
      return Optional.of(
          environment.get().summary()
              + " Choose it with -Dmesh.environment=NAME (or <environment>NAME</environment> in"
              + " the plugin configuration). "
              + environment.get().detail());
    }
    if (report.hasErrors()) {
      long errors = report.diagnostics().count(Severity.ERROR);
      String counted = errors + (errors == 1 ? " error" : " errors");
      return Optional.of(
          (what.equals("planning")
                  ? "mesh:plan found " + counted + " for environment '"
                  : "Nothing was applied: " + counted + " for environment '")
              + report.environment()
              + "', listed above with their hints. Fix them and run the goal again.");
    }
    return Optional.empty();
  }
}
