package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxEndpointsTest {

  @Test
  void write_thenRead_givesTheSameEndpoints(@TempDir Path dir) throws Exception {
    // GIVEN
    SandboxEndpoints endpoints =
        new SandboxEndpoints("127.0.0.1:1,127.0.0.1:2", 2, "http://127.0.0.1:3/apis", "3.3.3");
    Path file = new SandboxLayout(dir.resolve("target/mesh-sandbox")).endpoints();

    // WHEN
    endpoints.write(file);

    // THEN
    assertThat(file).hasFileName("sandbox.properties");
    assertThat(Files.readString(file))
        .contains("kafka.bootstrap=127.0.0.1\\:1,127.0.0.1\\:2")
        .contains("registry.url=http\\://127.0.0.1\\:3/apis");
    assertThat(SandboxEndpoints.read(file)).contains(endpoints);
  }

  @Test
  void read_missingOrIncompleteFile_isEmpty(@TempDir Path dir) throws Exception {
    // GIVEN
    Path incomplete = dir.resolve("incomplete.properties");
    Files.writeString(incomplete, "kafka.brokers=1\n");

    // WHEN / THEN
    assertThat(SandboxEndpoints.read(dir.resolve("none.properties"))).isEmpty();
    assertThat(SandboxEndpoints.read(incomplete)).isEmpty();
  }

  @Test
  void layout_relativeRoot_isAbsoluteWithKafkaAndRegistryBelow() {
    SandboxLayout layout = new SandboxLayout(Path.of("target/mesh-sandbox"));

    assertThat(layout.root()).isAbsolute();
    assertThat(layout.kafka()).isEqualTo(layout.root().resolve("kafka"));
    assertThat(layout.registry()).isEqualTo(layout.root().resolve("registry"));
  }
}
