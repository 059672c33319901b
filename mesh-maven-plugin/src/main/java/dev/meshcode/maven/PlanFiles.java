package dev.meshcode.maven;

import dev.meshcode.plan.Plan;
import dev.meshcode.render.PlanJson;
import dev.meshcode.render.PlanMarkdown;
import dev.meshcode.render.PlanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code plan.json}, {@code plan.txt} and {@code plan.md}, or removes them when there is no
 * plan: a plan left from an earlier run must never be applied as if it were this run's.
 */
final class PlanFiles {

  static final String JSON = "plan.json";
  static final String TEXT = "plan.txt";
  static final String MARKDOWN = "plan.md";

  private PlanFiles() {}

  static void write(Path outputDirectory, Optional<Plan> plan) throws IOException {
    Files.createDirectories(outputDirectory);
    if (plan.isEmpty()) {
      for (String name : List.of(JSON, TEXT, MARKDOWN)) {
        Files.deleteIfExists(outputDirectory.resolve(name));
      }
      return;
    }
    Plan p = plan.get();
    write(outputDirectory.resolve(JSON), new PlanJson().write(p));
    write(outputDirectory.resolve(TEXT), new PlanText().render(p));
    write(outputDirectory.resolve(MARKDOWN), new PlanMarkdown().render(p));
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
