package dev.meshcode.maven;

import dev.meshcode.api.ValidationReport;
import dev.meshcode.render.DiagnosticsJson;
import dev.meshcode.render.Sarif;
import dev.meshcode.render.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code diagnostics.json} and {@code diagnostics.sarif} into the output directory. */
final class ReportFiles {

  static final String JSON = "diagnostics.json";
  static final String SARIF = "diagnostics.sarif";

  private final Path outputDirectory;
  private final String toolVersion;

  ReportFiles(Path outputDirectory, String toolVersion) {
    this.outputDirectory = outputDirectory;
    this.toolVersion = toolVersion;
  }

  void write(Path meshRoot, ValidationReport report, Summary summary) throws IOException {
    Files.createDirectories(outputDirectory);
    String json = new DiagnosticsJson(toolVersion).render(report.diagnostics(), summary);
    Files.writeString(outputDirectory.resolve(JSON), json, StandardCharsets.UTF_8);
    Map<String, String> rules = report.mesh().map(Sarif::ruleDescriptions).orElse(Map.of());
    Sarif sarif =
        new Sarif(toolVersion, Sarif.DEFAULT_DOCS_BASE, RepositoryRoot.prefixOf(meshRoot), rules);
    Files.writeString(
        outputDirectory.resolve(SARIF), sarif.render(report.diagnostics()), StandardCharsets.UTF_8);
  }
}
