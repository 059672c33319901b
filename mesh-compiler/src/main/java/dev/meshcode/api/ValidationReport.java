package dev.meshcode.api;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import dev.meshcode.review.Review;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@code mesh:validate}.
 *
 * @param mesh the loaded mesh, when {@code mesh.yaml} could be read
 * @param diagnostics everything found, sorted (errors first)
 * @param files descriptor files read, relative to the mesh root
 * @param review what the change does against the base branch, when one was given and usable (its
 *     findings are in {@code diagnostics})
 */
public record ValidationReport(
    Optional<Mesh> mesh, Diagnostics diagnostics, List<String> files, Optional<Review> review) {

  public ValidationReport {
    files = List.copyOf(files);
  }

  /** A report without a review (no base branch given). */
  public ValidationReport(Optional<Mesh> mesh, Diagnostics diagnostics, List<String> files) {
    this(mesh, diagnostics, files, Optional.empty());
  }

  public boolean passed() {
    return !diagnostics.hasErrors();
  }

  public int productCount() {
    return mesh.map(m -> m.products().size()).orElse(0);
  }
}
