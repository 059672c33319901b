package dev.meshcode.api;

/**
 * The switches of {@code mesh:plan}.
 *
 * @param prune also delete orphans: resources under a name the mesh owns that no product declares
 */
public record PlanRequest(boolean prune) {

  public static PlanRequest defaults() {
    return new PlanRequest(false);
  }
}
