package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.diag.Diagnostics;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsJsonTest {

  private final DiagnosticsJson json = new DiagnosticsJson("0.0.0-test");

  @Test
  void render_mixedDiagnostics_matchesGoldenFile() throws IOException {
    // GIVEN / WHEN
    String out = json.render(SampleDiagnostics.mixed(), SampleDiagnostics.mixedSummary());

    // THEN
    GoldenFiles.assertMatches("diagnostics.json", out);
  }

  @Test
  void render_mixedDiagnostics_keepsContractKeyOrderAndCounts() throws IOException {
    // GIVEN / WHEN
    JsonNode root =
        new ObjectMapper()
            .readTree(json.render(SampleDiagnostics.mixed(), SampleDiagnostics.mixedSummary()));

    // THEN
    assertThat(fieldNames(root))
        .containsExactly("format_version", "tool", "summary", "diagnostics");
    assertThat(root.path("summary").path("errors").asInt()).isEqualTo(3);
    assertThat(root.path("summary").path("warnings").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("passed").asBoolean()).isFalse();
    JsonNode first = root.path("diagnostics").get(0);
    assertThat(fieldNames(first)).containsExactly("severity", "code", "summary", "detail", "hint");
    JsonNode located = root.path("diagnostics").get(1);
    assertThat(located.path("code").asText()).isEqualTo("unknown-field");
    assertThat(located.path("location").path("line").asInt()).isEqualTo(9);
    assertThat(located.path("location").path("column").asInt()).isEqualTo(3);
  }

  @Test
  void render_noDiagnostics_isPassedWithEmptyListAndTrailingNewline() {
    // GIVEN / WHEN
    String out = json.render(Diagnostics.none(), Summary.of(Diagnostics.none(), 0, 0));

    // THEN
    assertThat(out).endsWith("\"diagnostics\": []\n}\n").contains("\"passed\": true");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
