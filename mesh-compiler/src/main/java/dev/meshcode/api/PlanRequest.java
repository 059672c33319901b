package dev.meshcode.api;

import java.util.Optional;

/**
 * The switches of {@code mesh:plan}.
 *
 * @param prune also delete orphans: resources under a name the mesh owns that no product declares
 * @param base a git ref to review the change against (for example {@code origin/main}); empty for
 *     no review
 */
public record PlanRequest(boolean prune, Optional<String> base) {

  public PlanRequest(boolean prune) {
    this(prune, Optional.empty());
  }

  public static PlanRequest defaults() {
    return new PlanRequest(false);
  }
}
