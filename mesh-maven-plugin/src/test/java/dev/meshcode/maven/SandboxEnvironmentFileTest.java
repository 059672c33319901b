package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxEnvironmentFileTest {

  private static final SandboxEndpoints ENDPOINTS =
      new SandboxEndpoints("127.0.0.1:40823", 1, "http://127.0.0.1:40421/apis/ccompat/v7", "3.3.3");

  private static final String HAND_WRITTEN =
      "# yaml-language-server: $schema=../../docs/schemas/v1/environment.schema.json\n"
          + "apiVersion: meshcode.dev/v1\n"
          + "kind: Environment\n"
          + "name: sandbox\n"
          + "kafka:\n"
          + "  properties:\n"
          + "    bootstrapServers: not-this-one\n"
          + "  bootstrapServers: localhost:9092   # the sandbox broker\n"
          + "schemaRegistry:\n"
          + "  url: \"http://localhost:8081/apis/ccompat/v7\"\n"
          + "catalog: { topic: _meshcode.catalog }\n"
          + "sqlEngine:\n"
          + "  url: http://localhost:8083\n"
          + "overrides:\n"
          + "  maxReplicationFactor: 1      # policies still judge RF 3\n";

  @Test
  void updated_handWrittenFile_replacesOnlyTheTwoAddresses() {
    // WHEN
    String updated = SandboxEnvironmentFile.updated(HAND_WRITTEN, ENDPOINTS).orElseThrow();

    // THEN
    String expected =
        HAND_WRITTEN
            .replace(
                "  bootstrapServers: localhost:9092   #", "  bootstrapServers: 127.0.0.1:40823   #")
            .replace(
                "  url: \"http://localhost:8081/apis/ccompat/v7\"",
                "  url: http://127.0.0.1:40421/apis/ccompat/v7");
    assertThat(updated).isEqualTo(expected);
    assertThat(updated).contains("    bootstrapServers: not-this-one\n");
    assertThat(updated).contains("sqlEngine:\n  url: http://localhost:8083\n");
  }

  @Test
  void updated_flowStyleKafka_isEmpty() {
    // GIVEN
    String flow =
        "kafka: { bootstrapServers: localhost:9092 }\n"
            + "schemaRegistry:\n  url: http://localhost:8081\n";

    // WHEN / THEN
    assertThat(SandboxEnvironmentFile.updated(flow, ENDPOINTS)).isEmpty();
  }

  @Test
  void updated_noSchemaRegistry_isEmpty() {
    assertThat(SandboxEnvironmentFile.updated("kafka:\n  bootstrapServers: x:1\n", ENDPOINTS))
        .isEmpty();
  }

  @Test
  void refresh_missingFile_writesCompleteEnvironment(@TempDir Path dir) throws Exception {
    // GIVEN
    Path file = dir.resolve("environments/sandbox.yaml");

    // WHEN
    SandboxEnvironmentFile.Outcome outcome = SandboxEnvironmentFile.refresh(file, ENDPOINTS);

    // THEN
    assertThat(outcome).isEqualTo(SandboxEnvironmentFile.Outcome.CREATED);
    assertThat(Files.readString(file))
        .contains("kind: Environment\nname: sandbox\n")
        .contains("kafka:\n  bootstrapServers: 127.0.0.1:40823\n")
        .contains("schemaRegistry:\n  url: http://127.0.0.1:40421/apis/ccompat/v7\n")
        .endsWith("overrides:\n  maxReplicationFactor: 1\n  maxMinInsyncReplicas: 1\n");
  }

  @Test
  void refresh_sandboxOnTheDeclaredPorts_leavesTheFileByteForByte(@TempDir Path dir)
      throws Exception {
    // GIVEN a tracked file that says localhost:9092 and localhost:8081, and a sandbox that got
    // exactly those ports (on 127.0.0.1, the same machine)
    Path file = dir.resolve("sandbox.yaml");
    Files.writeString(file, HAND_WRITTEN);
    SandboxEndpoints onDeclaredPorts =
        new SandboxEndpoints("127.0.0.1:9092", 1, "http://127.0.0.1:8081/apis/ccompat/v7", "3.3.3");

    // WHEN
    SandboxEnvironmentFile.Outcome outcome = SandboxEnvironmentFile.refresh(file, onDeclaredPorts);

    // THEN nothing is rewritten: git status stays clean
    assertThat(outcome).isEqualTo(SandboxEnvironmentFile.Outcome.UNCHANGED);
    assertThat(Files.readString(file)).isEqualTo(HAND_WRITTEN);
  }

  @Test
  void preferredPorts_localAddresses_areThePortsToStartOn(@TempDir Path dir) throws Exception {
    // GIVEN
    Path file = dir.resolve("sandbox.yaml");
    Files.writeString(file, HAND_WRITTEN);

    // WHEN / THEN the broker's port (not the nested one) and the registry's, quotes and all
    assertThat(SandboxEnvironmentFile.preferredPorts(file))
        .isEqualTo(new SandboxEnvironmentFile.Preferred(9092, 8081));
  }

  @Test
  void preferredPorts_remoteHostsOrNoFile_preferNothing(@TempDir Path dir) throws Exception {
    // GIVEN addresses of another machine
    Path file = dir.resolve("sandbox.yaml");
    Files.writeString(
        file,
        HAND_WRITTEN
            .replace("localhost:9092", "broker-1.example.com:9092")
            .replace("http://localhost:8081", "https://registry.example.com"));

    // WHEN / THEN
    assertThat(SandboxEnvironmentFile.preferredPorts(file))
        .isEqualTo(new SandboxEnvironmentFile.Preferred(0, 0));
    assertThat(SandboxEnvironmentFile.preferredPorts(dir.resolve("missing.yaml")))
        .isEqualTo(new SandboxEnvironmentFile.Preferred(0, 0));
  }

  @Test
  void refresh_secondTime_isUnchangedAndKeepsTheFile(@TempDir Path dir) throws Exception {
    // GIVEN
    Path file = dir.resolve("sandbox.yaml");
    Files.writeString(file, HAND_WRITTEN);
    SandboxEnvironmentFile.refresh(file, ENDPOINTS);
    String first = Files.readString(file);

    // WHEN
    SandboxEnvironmentFile.Outcome outcome = SandboxEnvironmentFile.refresh(file, ENDPOINTS);

    // THEN
    assertThat(outcome).isEqualTo(SandboxEnvironmentFile.Outcome.UNCHANGED);
    assertThat(Files.readString(file)).isEqualTo(first);
  }

  @Test
  void refresh_unusableFile_failsNamingTheFixAndLeavesItAlone(@TempDir Path dir) throws Exception {
    // GIVEN
    Path file = dir.resolve("sandbox.yaml");
    Files.writeString(file, "kafka: { bootstrapServers: localhost:9092 }\n");

    // WHEN / THEN
    assertThatThrownBy(() -> SandboxEnvironmentFile.refresh(file, ENDPOINTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The sandbox cannot record its addresses in "
                + file
                + ": it needs the lines 'kafka:' + '  bootstrapServers: ...' and 'schemaRegistry:'"
                + " + '  url: ...' in block style. Write them so, or delete the file to have it"
                + " generated.");
    assertThat(Files.readString(file)).isEqualTo("kafka: { bootstrapServers: localhost:9092 }\n");
  }

  @Test
  void generated_threeBrokers_capsReplicationAtThree() {
    String text =
        SandboxEnvironmentFile.generated(
            new SandboxEndpoints("127.0.0.1:1,127.0.0.1:2,127.0.0.1:3", 3, "http://r", "3.3.3"));

    assertThat(text)
        .contains("  bootstrapServers: 127.0.0.1:1,127.0.0.1:2,127.0.0.1:3\n")
        .contains("  maxReplicationFactor: 3\n  maxMinInsyncReplicas: 2\n");
  }
}
