package dev.meshcode.api;

import dev.meshcode.compat.OfflineCompatibility;
import dev.meshcode.descriptor.git.BaseRead;
import dev.meshcode.descriptor.git.GitBaseReader;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.review.Review;
import dev.meshcode.review.ReviewRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The git-aware half of validation: reads the base revision (the merge base with {@code baseRef})
 * and judges what the head changes. A repository or ref it cannot use is a diagnostic, never an
 * exception; the offline compatibility judge answers where a pull request has no registry.
 */
final class ReviewStage {

  /** What the review found; {@code review} is empty when there was no usable base. */
  record Outcome(Diagnostics diagnostics, Optional<Review> review) {}

  private ReviewStage() {}

  static Outcome review(Mesh head, Path meshRoot, String baseRef, LocalDate today) {
    BaseRead read = new GitBaseReader().read(meshRoot, baseRef, farFiles(head));
    if (read instanceof BaseRead.Failed failed) {
      return new Outcome(failed.problems(), Optional.empty());
    }
    BaseRead.Found found = (BaseRead.Found) read;
    Review review = ReviewRules.review(head, found.base(), new OfflineCompatibility(), today);
    return new Outcome(found.notes().plus(review.findings()), Optional.of(review));
  }

  /**
   * Descriptors whose schema or SQL files live outside their own folder: the base reader finds a
   * changed file's product by looking beside it, so these are named to it explicitly.
   */
  private static Set<String> farFiles(Mesh head) {
    Set<String> far = new TreeSet<>();
    for (DataProduct p : head.products()) {
      String descriptor = p.origin().file();
      String folder = descriptor.substring(0, descriptor.lastIndexOf('/') + 1);
      boolean outside =
          p.files().stream()
              .anyMatch(f -> !f.startsWith(folder) || f.substring(folder.length()).contains("/"));
      if (outside) {
        far.add(descriptor);
      }
    }
    return far;
  }
}
