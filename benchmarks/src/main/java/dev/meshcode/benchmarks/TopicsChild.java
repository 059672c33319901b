package dev.meshcode.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The forked side of the topics-alone runs: one {@code apply} or {@code plan} of the mesh given,
 * then exit. The last line it prints is the {@link #RESULT} line {@link ForkedRun} reads, with the
 * process's own peak resident set ({@code VmHWM} of {@code /proc/self/status}) taken just before
 * exit.
 */
final class TopicsChild {

  static final String RESULT = "RESULT";

  private TopicsChild() {}

  /**
   * @return the process exit code: 0 when the run had no error
   */
  static int run(String mode, Path mesh) {
    MeshOperations operations = new MeshOperations();
    MeshOperations.Outcome outcome =
        mode.equals("topics-apply") ? operations.apply(mesh) : operations.plan(mesh);
    outcome.problems().forEach(p -> System.out.println("  problem: " + p));
    System.out.println("  stages: " + outcome.stages());
    System.out.printf(
        "%s ok=%s changes=%d applied=%d failed=%d requests=%s vmhwm_kb=%d inner_s=%.3f%n",
        RESULT,
        outcome.ok(),
        outcome.changes(),
        outcome.applied(),
        outcome.failed(),
        outcome.requests().map(String::valueOf).orElse("n/a"),
        peakResidentKb(Path.of("/proc/self/status")).orElse(-1L),
        outcome.took().toNanos() / 1e9);
    return outcome.ok() ? 0 : 1;
  }

  /** {@code VmHWM} (peak resident set, KiB) from a {@code /proc/<pid>/status} file. */
  static Optional<Long> peakResidentKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
