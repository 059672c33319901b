package dev.meshcode.maven;

import dev.meshcode.render.Summary;
import java.nio.file.Path;
import java.util.Optional;

/** Decides whether a validation fails the build, and says what to do about it. */
final class Verdict {

  private Verdict() {}

  /** The BUILD FAILURE message, or empty when the build passes. */
  static Optional<String> failure(Summary summary, boolean failOnWarnings, Path outputDirectory) {
    String reports =
        " Machine-readable reports: "
            + outputDirectory.resolve(ReportFiles.JSON)
            + " and "
            + ReportFiles.SARIF
            + ".";
    if (summary.errors() > 0) {
      return Optional.of(
          "Mesh validation failed: "
              + summary.line()
              + ". Fix the descriptors at the file:line:col locations listed above; the hint"
              + " under each says how."
              + reports);
    }
    if (failOnWarnings && summary.warnings() > 0) {
      return Optional.of(
          "Mesh validation failed on warnings (failOnWarnings is true): "
              + summary.line()
              + ". Fix the descriptors at the locations listed above, or waive a policy rule"
              + " with a reason."
              + reports);
    }
    return Optional.empty();
  }
}
