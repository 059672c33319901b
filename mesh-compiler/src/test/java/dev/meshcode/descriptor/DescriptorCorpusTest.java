package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-input corpus: each folder under {@code descriptor/corpus/} is a tiny mesh repository
 * with an {@code expected.txt} holding exactly the diagnostics it must produce, one per line, as
 * {@code severity code file:line:col summary}. Run with {@code -Dcorpus.update=true} to rewrite the
 * expected files after an intended change, then review the diff.
 */
class DescriptorCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/descriptor/corpus");
  private static final String SECRET_MARKER = "SECRET-";

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
  void load_brokenInput_producesExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path root = CORPUS.resolve(name);
    Path expectedFile = root.resolve("expected.txt");

    LoadResult result = new DescriptorLoader().load(root);

    List<String> actual = DiagnosticLines.of(result.diagnostics());
    if (Boolean.getBoolean("corpus.update")) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("diagnostics of corpus case %s", name)
        .containsExactlyElementsOf(expected);
    assertThat(actual).as("every broken case reports something").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void load_anyInput_neverEchoesASecret(String name) {
    LoadResult result = new DescriptorLoader().load(CORPUS.resolve(name));

    for (Diagnostic d : result.diagnostics().all()) {
      assertThat(d.summary() + d.detail() + d.hint()).doesNotContain(SECRET_MARKER);
    }
  }
}
