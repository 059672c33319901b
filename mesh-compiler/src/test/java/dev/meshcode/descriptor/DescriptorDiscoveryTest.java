package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.testing.DiagnosticLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the loader reads, and which it must never read. */
class DescriptorDiscoveryTest {

  private static final String MESH = "apiVersion: meshcode.dev/v1\nkind: Mesh\nname: m\n";
  private static final String DOMAIN =
      "apiVersion: meshcode.dev/v1\nkind: Domain\nname: %s\ndescription: d\nowners: [\"@t\"]\n";
  private static final String BROKEN = "name: [never closed\n";

  @TempDir Path root;

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void load_defaultInclude_readsYamlAndYmlButSkipsHiddenTargetAndOtherFolders() throws IOException {
    write("mesh.yaml", MESH);
    write("domains/b/domain.yml", DOMAIN.formatted("b"));
    write("domains/a/domain.yaml", DOMAIN.formatted("a"));
    write("domains/a/notes.txt", BROKEN);
    write("domains/a/target/generated.yaml", BROKEN);
    write("domains/.cache/x.yaml", BROKEN);
    write("domains/a/.hidden.yaml", BROKEN);
    write(".github/workflows/ci.yaml", BROKEN);
    write("target/mesh/plan.yaml", BROKEN);

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(DiagnosticLines.of(result.diagnostics())).isEmpty();
    assertThat(result.files())
        .containsExactly("domains/a/domain.yaml", "domains/b/domain.yml", "mesh.yaml");
    assertThat(result.mesh().orElseThrow().domains())
        .extracting(d -> d.name())
        .containsExactly("a", "b");
  }

  @Test
  void load_explicitInclude_readsOnlyThoseFoldersOnce() throws IOException {
    write("mesh.yaml", MESH + "include: [teams, teams/a]\n");
    write("teams/a/domain.yaml", DOMAIN.formatted("a"));
    write("domains/x/domain.yaml", BROKEN);

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(DiagnosticLines.of(result.diagnostics())).isEmpty();
    assertThat(result.files()).containsExactly("mesh.yaml", "teams/a/domain.yaml");
  }

  @Test
  void load_symlinkedSchemaLeavingTheRepository_isRefused(@TempDir Path outside)
      throws IOException {
    write("mesh.yaml", MESH);
    write("domains/a/domain.yaml", DOMAIN.formatted("a"));
    write(
        "domains/a/p/product.yaml",
        "apiVersion: meshcode.dev/v1\nkind: DataProduct\nname: p\ndomain: a\nowner: \"@t\"\n"
            + "quality: raw\nsla: tier-3\nschemas:\n  value:\n    file: p.avsc\n");
    Path secret = Files.writeString(outside.resolve("secret.avsc"), "{}");
    Files.createSymbolicLink(root.resolve("domains/a/p/p.avsc"), secret);

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(DiagnosticLines.of(result.diagnostics()))
        .containsExactly(
            "error path-outside-repo domains/a/p/p.avsc:0:0 `domains/a/p/p.avsc` is a link that"
                + " leads outside the mesh repository.");
    assertThat(result.mesh().orElseThrow().products()).isEmpty();
  }

  @Test
  void load_truncatedDescriptors_neverThrow() throws IOException {
    String product =
        Files.readString(
            Path.of(
                "src/test/resources/descriptor/happy/domains/execution/stocktrades/product.yaml"));
    write("mesh.yaml", MESH);
    for (int end = 0; end < product.length(); end += 7) {
      write("domains/a/p" + end + "/product.yaml", product.substring(0, end));
    }

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(result.diagnostics().hasErrors()).isTrue();
    assertThat(result.mesh()).isPresent();
  }

  @Test
  void load_oversizedDescriptor_isReportedNotParsed() throws IOException {
    write("mesh.yaml", MESH);
    write("domains/a/huge.yaml", "# " + "x".repeat(FileResolver.MAX_DESCRIPTOR_BYTES) + "\n");

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(DiagnosticLines.of(result.diagnostics()))
        .containsExactly(
            "error file-too-large domains/a/huge.yaml:0:0 `domains/a/huge.yaml` has 1048579 bytes;"
                + " the limit is 1048576.");
  }

  @Test
  void load_secondMeshDocument_isReportedAndTheFirstWins() throws IOException {
    write("mesh.yaml", MESH + "---\n" + MESH.replace("name: m", "name: other"));

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(DiagnosticLines.of(result.diagnostics()))
        .containsExactly(
            "error duplicate-mesh mesh.yaml:5:1 mesh.yaml holds more than one `Mesh` document.");
    assertThat(result.mesh().orElseThrow().settings().name()).isEqualTo("m");
  }
}
