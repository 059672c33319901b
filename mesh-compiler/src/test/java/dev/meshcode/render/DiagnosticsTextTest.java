package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.SourceLocation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTextTest {

  private final DiagnosticsText text = new DiagnosticsText();

  @Test
  void render_mixedDiagnostics_matchesGoldenFile() throws IOException {
    // GIVEN / WHEN
    String out = text.render(SampleDiagnostics.mixed(), SampleDiagnostics.mixedSummary());

    // THEN
    GoldenFiles.assertMatches("diagnostics.txt", out);
  }

  @Test
  void render_noDiagnostics_saysNoProblemsFound() {
    // GIVEN / WHEN
    String out = text.render(Diagnostics.none(), Summary.of(Diagnostics.none(), 1, 1));

    // THEN
    assertThat(out).isEqualTo("No problems found in 1 file (1 product)\n");
  }

  @Test
  void lines_errorWithHint_startsWithFileLineColumnSeverityAndCode() {
    // GIVEN
    Diagnostic d =
        Diagnostic.error(
            "missing-field",
            new SourceLocation("domains/edge/users/product.yaml", 3, 1),
            "Product edge.users has no owner.",
            "Add owner: with one of the domain's owners.");

    // WHEN
    List<String> lines = text.lines(d);

    // THEN
    assertThat(lines)
        .containsExactly(
            "domains/edge/users/product.yaml:3:1: error [missing-field] Product edge.users has no"
                + " owner.",
            "    hint: Add owner: with one of the domain's owners.");
  }

  @Test
  void render_sameInputTwice_isByteIdentical() {
    // GIVEN / WHEN
    String first = text.render(SampleDiagnostics.mixed(), SampleDiagnostics.mixedSummary());
    String second = text.render(SampleDiagnostics.mixed(), SampleDiagnostics.mixedSummary());

    // THEN
    assertThat(first).isEqualTo(second).doesNotContain("\u001b").doesNotContain("\r");
  }

  @Test
  void line_oneErrorNoWarnings_usesSingularAndPlural() {
    // GIVEN
    Summary summary = new Summary(1, 0, 3, 2, 1);

    // WHEN / THEN
    assertThat(summary.line()).isEqualTo("1 error, 0 warnings in 2 files (1 product)");
  }
}
