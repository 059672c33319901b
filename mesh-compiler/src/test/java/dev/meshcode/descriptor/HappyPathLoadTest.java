package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Mesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HappyPathLoadTest {

  private static final Path HAPPY = Path.of("src/test/resources/descriptor/happy");

  @Test
  void load_completeMesh_hasNoDiagnostics() {
    LoadResult result = new DescriptorLoader().load(HAPPY);

    assertThat(DiagnosticLines.of(result.diagnostics())).isEmpty();
    Mesh mesh = result.mesh().orElseThrow();
    assertThat(mesh.products()).hasSize(2);
  }
}
