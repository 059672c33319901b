package dev.meshcode.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.descriptor.DescriptorLoader;
import dev.meshcode.descriptor.LoadResult;
import dev.meshcode.model.Mesh;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A review scenario folder under {@code src/test/resources/review/}: {@code base/} and {@code
 * head/} are two revisions of one mesh, {@code expected/} holds the golden outputs, and an optional
 * {@code plan.md} is a live plan's comment to embed.
 */
record ReviewScenario(String name, Path dir, Mesh head, BaseRevision base) {

  static final Path ROOT = Path.of("src", "test", "resources", "review");

  /** The day every scenario is reviewed on, so sunset dates give stable results. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static List<String> names() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReviewScenario load(String name) {
    Path dir = ROOT.resolve(name);
    Mesh head = mesh(dir.resolve("head"));
    Mesh baseMesh = mesh(dir.resolve("base"));
    List<FileChange> changes = FolderChanges.between(dir.resolve("base"), dir.resolve("head"));
    BaseRevision base =
        new BaseRevision(
            "origin/main (base)",
            changes,
            baseMesh,
            FolderChanges.history(dir.resolve("base"), changes));
    return new ReviewScenario(name, dir, head, base);
  }

  Review review() {
    return ReviewRules.review(head, base, new FieldNameJudge(), TODAY);
  }

  Optional<String> plan() {
    Path plan = dir.resolve("plan.md");
    try {
      return Files.isRegularFile(plan) ? Optional.of(Files.readString(plan)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Mesh mesh(Path root) {
    LoadResult loaded = new DescriptorLoader().load(root);
    assertThat(loaded.diagnostics().hasErrors()).as(loaded.diagnostics().toString()).isFalse();
    return loaded.mesh().orElseThrow();
  }
}
