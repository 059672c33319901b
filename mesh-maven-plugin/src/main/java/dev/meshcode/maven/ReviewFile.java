package dev.meshcode.maven;

import dev.meshcode.plan.Plan;
import dev.meshcode.render.PlanMarkdown;
import dev.meshcode.render.ReviewMarkdown;
import dev.meshcode.review.Review;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes {@code review.md}, the pull-request comment of a review against the base branch, with the
 * live plan inside when there is one (one comment, not two); removes a review left by an earlier
 * run when this run reviewed nothing, so CI never posts a stale comment.
 */
final class ReviewFile {

  static final String MARKDOWN = "review.md";

  private ReviewFile() {}

  static void write(Path outputDirectory, Optional<Review> review, Optional<Plan> plan)
      throws IOException {
    Path file = outputDirectory.resolve(MARKDOWN);
    if (review.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    Files.createDirectories(outputDirectory);
    Optional<String> planMarkdown = plan.map(p -> new PlanMarkdown().render(p));
    String text = new ReviewMarkdown().render(review.get(), planMarkdown);
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
