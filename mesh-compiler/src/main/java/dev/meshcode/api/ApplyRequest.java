package dev.meshcode.api;

import java.util.Optional;

/**
 * The switches of {@code mesh:apply}.
 *
 * @param savedPlan the text of a reviewed {@code plan.json} to execute; empty to plan and apply in
 *     one go. The host reads the file: the facade touches no files.
 * @param prune for a fresh plan, also delete orphans (a saved plan already says what it deletes)
 */
public record ApplyRequest(Optional<String> savedPlan, boolean prune) {

  public static ApplyRequest saved(String planJson) {
    return new ApplyRequest(Optional.of(planJson), false);
  }

  public static ApplyRequest fresh(boolean prune) {
    return new ApplyRequest(Optional.empty(), prune);
  }
}
