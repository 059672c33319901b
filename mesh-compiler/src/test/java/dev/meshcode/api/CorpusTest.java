package dev.meshcode.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.testing.DiagnosticLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-input corpus: each folder under {@code corpus/} is a tiny mesh repository with an
 * {@code expected.txt} holding exactly the diagnostics {@code mesh:validate} must produce for it,
 * one per line, as {@code severity code file:line:col summary}. The whole compiler runs, so a case
 * also proves that one mistake yields its own diagnostics and no cascade from later stages. Run
 * with {@code -Dcorpus.update=true} to rewrite the expected files after an intended change, then
 * review the diff.
 */
class CorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final String SECRET_MARKER = "SECRET-";
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_brokenInput_producesExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path root = CORPUS.resolve(name);
    Path expectedFile = root.resolve("expected.txt");

    ValidationReport report = validate(root);

    List<String> actual = DiagnosticLines.of(report.diagnostics());
    if (Boolean.getBoolean("corpus.update")) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("diagnostics of corpus case %s", name)
        .containsExactlyElementsOf(expected);
    assertThat(actual).as("every corpus case reports something").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_anyInput_neverEchoesASecret(String name) {
    ValidationReport report = validate(CORPUS.resolve(name));

    for (Diagnostic d : report.diagnostics().all()) {
      assertThat(d.summary() + d.detail() + d.hint()).doesNotContain(SECRET_MARKER);
    }
  }

  private static ValidationReport validate(Path root) {
    return new MeshCompiler(TODAY, MeshEvent.Listener.ignoring()).validate(root);
  }
}
