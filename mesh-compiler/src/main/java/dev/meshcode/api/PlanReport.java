package dev.meshcode.api;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.plan.Plan;
import java.util.Optional;

/**
 * The outcome of {@code mesh:plan}.
 *
 * @param environment the environment asked for
 * @param validation the offline validation that ran first
 * @param problems why no plan could be made or used (unknown environment, a missing provider, an
 *     unresolved secret, a refused saved plan); the plan's own diagnostics stay in the plan
 * @param plan the plan, present only when validation passed and the environment could be read
 */
public record PlanReport(
    String environment, ValidationReport validation, Diagnostics problems, Optional<Plan> plan) {

  /** The diagnostics found before planning: validation and the facade's problems. */
  public Diagnostics beforePlan() {
    return validation.diagnostics().plus(problems);
  }

  /** Every diagnostic: validation, problems, and the plan's (an incompatible schema, …). */
  public Diagnostics diagnostics() {
    return beforePlan().plus(plan.map(Plan::diagnostics).orElse(Diagnostics.none()));
  }

  public boolean hasErrors() {
    return diagnostics().hasErrors();
  }

  /** A plan exists and changes something. */
  public boolean hasChanges() {
    return plan.map(p -> !p.isEmpty()).orElse(false);
  }

  /** Whether a diagnostic with {@code code} was reported. */
  public boolean reported(String code) {
    return diagnostics().all().stream().anyMatch(d -> d.code().equals(code));
  }
}
