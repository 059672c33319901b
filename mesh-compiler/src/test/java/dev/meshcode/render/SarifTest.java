package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.diag.Diagnostics;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden output plus the properties the SARIF 2.1.0 specification (and GitHub code scanning)
 * require, checked structurally so a golden-file update cannot silently break them.
 */
class SarifTest {

  private final Sarif sarif = new Sarif("0.0.0-test");

  @Test
  void render_mixedDiagnostics_matchesGoldenFile() throws IOException {
    // GIVEN / WHEN
    String out = sarif.render(SampleDiagnostics.mixed());

    // THEN
    GoldenFiles.assertMatches("diagnostics.sarif", out);
  }

  @Test
  void render_mixedDiagnostics_hasEveryRequiredSarifProperty() throws IOException {
    // GIVEN / WHEN
    JsonNode log = new ObjectMapper().readTree(sarif.render(SampleDiagnostics.mixed()));

    // THEN sarifLog: version and runs (§3.13); $schema for editors and GitHub
    assertThat(log.path("$schema").asText()).isEqualTo(Sarif.SCHEMA);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs").size()).isEqualTo(1);
    JsonNode run = log.path("runs").get(0);
    // run.tool.driver.name (§3.14, §3.18, §3.19)
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("meshcode");
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode rule : driver.path("rules")) {
      ruleIds.add(rule.path("id").asText());
      assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("text").asText()).isNotBlank();
      assertThat(URI.create(rule.path("helpUri").asText()).isAbsolute()).isTrue();
    }
    assertThat(ruleIds)
        .containsExactly(
            "durability/tier-1",
            "mesh-not-found",
            "schema-syntax",
            "unknown-field",
            "waiver-applied");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asText()).isNotBlank();
    assertThat(run.path("results").size()).isEqualTo(5);
    for (JsonNode result : run.path("results")) {
      assertResultShape(result, ruleIds);
    }
  }

  @Test
  void render_lineZero_omitsRegionAndEscapesUri() throws IOException {
    // GIVEN / WHEN
    JsonNode results =
        new ObjectMapper().readTree(sarif.render(SampleDiagnostics.mixed())).at("/runs/0/results");

    // THEN the whole-file schema error (third after sorting) has no region
    JsonNode physical = results.get(2).at("/locations/0/physicalLocation");
    assertThat(results.get(2).path("ruleId").asText()).isEqualTo("schema-syntax");
    assertThat(physical.has("region")).isFalse();
    assertThat(physical.at("/artifactLocation/uri").asText())
        .isEqualTo("domains/execution/stocktrades/stock%20trades.avsc");
  }

  @Test
  void render_withPrefixAndPolicyDescriptions_usesThem() throws IOException {
    // GIVEN
    Sarif configured =
        new Sarif(
            "1.0",
            "https://docs.example/",
            "mesh/",
            Map.of("durability/tier-1", "tier-1 survives a broker loss"));

    // WHEN
    JsonNode run = new ObjectMapper().readTree(configured.render(SampleDiagnostics.mixed()));

    // THEN
    JsonNode rule = run.at("/runs/0/tool/driver/rules/0");
    assertThat(rule.at("/shortDescription/text").asText())
        .isEqualTo("tier-1 survives a broker loss");
    assertThat(rule.path("helpUri").asText()).isEqualTo("https://docs.example/policies.md");
    assertThat(run.at("/runs/0/tool/driver/rules/3/helpUri").asText())
        .isEqualTo("https://docs.example/diagnostics.md#unknown-field");
    assertThat(
            run.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("mesh/domains/execution/stocktrades/product.yaml");
  }

  @Test
  void uri_reservedAndNonAsciiCharacters_arePercentEncoded() {
    assertThat(SarifRules.uri("domains/é x/a#b%c.yaml"))
        .isEqualTo("domains/%C3%A9%20x/a%23b%25c.yaml");
  }

  @Test
  void render_noDiagnostics_hasEmptyRulesAndResults() throws IOException {
    // GIVEN / WHEN
    JsonNode run = new ObjectMapper().readTree(sarif.render(Diagnostics.none())).at("/runs/0");

    // THEN
    assertThat(run.at("/tool/driver/rules").isArray()).isTrue();
    assertThat(run.at("/tool/driver/rules").size()).isZero();
    assertThat(run.path("results").isArray()).isTrue();
    assertThat(run.path("results").size()).isZero();
  }

  private static void assertResultShape(JsonNode result, List<String> ruleIds) {
    String ruleId = result.path("ruleId").asText();
    assertThat(ruleIds).contains(ruleId);
    assertThat(result.path("ruleIndex").asInt()).isEqualTo(ruleIds.indexOf(ruleId));
    assertThat(result.path("level").asText()).isIn("none", "note", "warning", "error");
    assertThat(result.at("/message/text").asText()).isNotBlank();
    for (JsonNode location : result.path("locations")) {
      JsonNode artifact = location.at("/physicalLocation/artifactLocation");
      URI uri = URI.create(artifact.path("uri").asText());
      assertThat(uri.isAbsolute()).isFalse();
      assertThat(uri.getPath()).doesNotStartWith("/");
      assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      JsonNode region = location.at("/physicalLocation/region");
      if (!region.isMissingNode()) {
        assertThat(region.path("startLine").asInt()).isPositive();
        assertThat(region.path("startColumn").asInt(1)).isPositive();
      }
    }
  }
}
