package dev.meshcode.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Changes 1% of a generated mesh the way a pull request would: every hundredth product gets one
 * more topic config ({@code max.message.bytes}), which plans as one topic-config update each.
 */
final class MeshEdits {

  static final String ADDED_CONFIG = "    max.message.bytes: \"2097152\"\n";

  private MeshEdits() {}

  /**
   * @return how many products were changed
   */
  static int changeOnePercent(MeshPlan plan, Path root) {
    int changed = 0;
    for (ProductPlan p : plan.products()) {
      if (p.index() % 100 != 0) {
        continue;
      }
      Path file =
          root.resolve("domains").resolve(p.domain()).resolve(p.name()).resolve("product.yaml");
      try {
        String text = Files.readString(file);
        Files.writeString(file, text.replace("  configs:\n", "  configs:\n" + ADDED_CONFIG));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot change " + file, e);
      }
      changed++;
    }
    return changed;
  }
}
