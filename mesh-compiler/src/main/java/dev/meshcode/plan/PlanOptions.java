package dev.meshcode.plan;

/**
 * Switches of one planning run.
 *
 * @param prune also delete orphans: resources under a name the mesh owns that no product declares
 */
public record PlanOptions(boolean prune) {

  public static PlanOptions defaults() {
    return new PlanOptions(false);
  }
}
