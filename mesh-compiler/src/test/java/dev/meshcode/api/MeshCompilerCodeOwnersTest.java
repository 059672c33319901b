package dev.meshcode.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.render.CodeOwnersSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshCompilerCodeOwnersTest {

  private static final Path EXAMPLE = Path.of("..", "example-mesh-repo");

  private final MeshCompiler compiler =
      new MeshCompiler(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC), e -> {});

  @Test
  void codeOwners_exampleMesh_ownsEveryDomainFileAndTheGovernanceFiles() {
    // GIVEN
    CodeOwnersSettings settings = settings(List.of("@platform-team"));

    // WHEN
    CodeOwnersReport report = compiler.codeOwners(EXAMPLE, settings);

    // THEN
    assertThat(report.passed()).isTrue();
    assertThat(report.diagnostics().isEmpty()).isTrue();
    assertThat(report.text().orElseThrow().lines())
        .contains(
            "/domains/execution/stocktrades/product.yaml @execution-team",
            "/domains/execution/stocktrades/stocktrades-key.avsc @execution-team",
            "/domains/analytics/high-value-trades/high-value-trades.sql @analytics-team @data-platform",
            "/mesh.yaml @platform-team");
  }

  @Test
  void codeOwners_productOfUndeclaredDomain_givesNoTextAndTheReferenceError(@TempDir Path root)
      throws IOException {
    // GIVEN a product whose domain has no descriptor
    write(root.resolve("mesh.yaml"), "apiVersion: meshcode.dev/v1\nkind: Mesh\nname: m\n");
    write(
        root.resolve("domains/ghost/trades/product.yaml"),
        "apiVersion: meshcode.dev/v1\nkind: DataProduct\nname: trades\ndomain: ghost\n"
            + "owner: '@ghost-team'\nquality: raw\nsla: tier-3\n");

    // WHEN
    CodeOwnersReport report = compiler.codeOwners(root, settings(List.of()));

    // THEN
    assertThat(report.text()).isEmpty();
    assertThat(report.passed()).isFalse();
    assertThat(report.diagnostics().all())
        .filteredOn(Diagnostic::isError)
        .extracting(d -> d.location().orElseThrow().file())
        .containsExactly("domains/ghost/trades/product.yaml");
  }

  @Test
  void codeOwners_invalidGovernanceOwner_givesNoText() {
    // GIVEN / WHEN
    CodeOwnersReport report = compiler.codeOwners(EXAMPLE, settings(List.of("platform team")));

    // THEN
    assertThat(report.text()).isEmpty();
    assertThat(report.diagnostics().all())
        .extracting(Diagnostic::code)
        .containsExactly("codeowners-invalid-setting");
  }

  private static CodeOwnersSettings settings(List<String> governance) {
    return new CodeOwnersSettings("", Optional.empty(), governance, "mvn mesh:codeowners");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
