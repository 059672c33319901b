package dev.meshcode.api;

import dev.meshcode.apply.ApplyResult;
import java.util.Optional;

/**
 * The outcome of {@code mesh:apply}.
 *
 * @param planned the plan that was (or would have been) applied, with every reason for refusing it
 *     among its diagnostics ({@code stale-plan}, {@code plan-has-errors}, …)
 * @param savedPlan whether a saved plan was applied, rather than one computed in the same run
 * @param result what the apply did; empty when it was refused before touching anything
 */
public record ApplyReport(PlanReport planned, boolean savedPlan, Optional<ApplyResult> result) {

  /** Applied, and every change succeeded. */
  public boolean succeeded() {
    return result.map(ApplyResult::succeeded).orElse(false);
  }
}
