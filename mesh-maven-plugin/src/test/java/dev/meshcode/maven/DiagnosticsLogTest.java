package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.render.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsLogTest {

  @Test
  void print_errorAndWarning_logsEachLineAtItsSeverityThenSummary() {
    // GIVEN
    Diagnostics diagnostics =
        Diagnostics.of(
            List.of(
                Diagnostic.warning(
                    "metadata/description",
                    new SourceLocation("domains/a/b/product.yaml", 1, 1),
                    "Product a.b has no description.",
                    "Add a description."),
                Diagnostic.error(
                    "unknown-field",
                    new SourceLocation("domains/a/b/product.yaml", 9, 3),
                    "Unknown field 'partitons' in topic.",
                    "Did you mean 'partitions'?")));
    RecordingLog log = new RecordingLog(false);

    // WHEN
    new DiagnosticsLog(log).print(diagnostics, Summary.of(diagnostics, 3, 1));

    // THEN
    assertThat(log.lines)
        .containsExactly(
            "[error] domains/a/b/product.yaml:9:3: error [unknown-field] Unknown field"
                + " 'partitons' in topic.",
            "[error]     hint: Did you mean 'partitions'?",
            "[warn] domains/a/b/product.yaml:1:1: warning [metadata/description] Product a.b has"
                + " no description.",
            "[warn]     hint: Add a description.",
            "[info] 1 error, 1 warning in 3 files (1 product)");
  }
}
