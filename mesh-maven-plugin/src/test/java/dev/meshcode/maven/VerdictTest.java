package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.render.Summary;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final Path OUT = Path.of("target", "mesh");

  @Test
  void failure_errors_failsWithSummaryAndWhatToDo() {
    // GIVEN
    Summary summary = new Summary(2, 1, 0, 14, 9);

    // WHEN
    Optional<String> failure = Verdict.failure(summary, false, OUT);

    // THEN
    assertThat(failure)
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith(
                        "Mesh validation failed: 2 errors, 1 warning in 14 files (9 products). Fix"
                            + " the descriptors at the file:line:col locations listed above")
                    .contains(OUT.resolve("diagnostics.json").toString()));
  }

  @Test
  void failure_warningsOnly_passesByDefault() {
    // GIVEN
    Summary summary = new Summary(0, 3, 0, 14, 9);

    // WHEN / THEN
    assertThat(Verdict.failure(summary, false, OUT)).isEmpty();
  }

  @Test
  void failure_warningsWithFailOnWarnings_failsNamingTheSwitch() {
    // GIVEN
    Summary summary = new Summary(0, 1, 0, 3, 1);

    // WHEN
    Optional<String> failure = Verdict.failure(summary, true, OUT);

    // THEN
    assertThat(failure.orElseThrow())
        .startsWith(
            "Mesh validation failed on warnings (failOnWarnings is true): 0 errors, 1 warning in"
                + " 3 files (1 product).");
  }

  @Test
  void failure_clean_passes() {
    assertThat(Verdict.failure(new Summary(0, 0, 2, 3, 1), true, OUT)).isEmpty();
  }
}
