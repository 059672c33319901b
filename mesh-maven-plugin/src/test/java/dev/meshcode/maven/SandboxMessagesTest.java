package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SandboxMessagesTest {

  private static final SandboxLayout LAYOUT = new SandboxLayout(Path.of("/m/target/mesh-sandbox"));
  private static final SandboxEndpoints ENDPOINTS =
      new SandboxEndpoints("127.0.0.1:40823", 1, "http://127.0.0.1:40421/apis/ccompat/v7", "3.3.3");

  @Test
  void started_freshStart_printsEndpointsEnvironmentAndNextCommands() {
    // WHEN
    var lines =
        SandboxMessages.started(
            ENDPOINTS,
            false,
            false,
            Path.of("/m/environments/sandbox.yaml"),
            SandboxEnvironmentFile.Outcome.UPDATED,
            LAYOUT);

    // THEN
    assertThat(lines)
        .containsExactly(
            "meshcode sandbox is running (data in /m/target/mesh-sandbox):",
            "  Kafka 1 broker   127.0.0.1:40823",
            "  Apicurio Registry 3.3.3  http://127.0.0.1:40421/apis/ccompat/v7",
            "Environment 'sandbox': /m/environments/sandbox.yaml now points at these addresses.",
            "Next:",
            "  mvn mesh:plan -Dmesh.environment=sandbox    # what apply would change",
            "  mvn mesh:apply -Dmesh.environment=sandbox   # create the topics and schemas",
            "  mvn mesh:sandbox-stop                       # stop both, keep the data");
  }

  @Test
  void started_secondStart_marksBothAsAlreadyRunning() {
    var lines =
        SandboxMessages.started(
            ENDPOINTS,
            true,
            true,
            Path.of("/m/environments/sandbox.yaml"),
            SandboxEnvironmentFile.Outcome.UNCHANGED,
            LAYOUT);

    assertThat(lines.get(1)).isEqualTo("  Kafka 1 broker   127.0.0.1:40823   (already running)");
    assertThat(lines.get(2)).endsWith("/apis/ccompat/v7   (already running)");
    assertThat(lines.get(3)).endsWith("sandbox.yaml already points at these addresses.");
  }

  @Test
  void stopped_running_saysWhatStoppedAndWhereTheDataStays() {
    assertThat(SandboxMessages.stopped(3, true, false, LAYOUT))
        .containsExactly(
            "meshcode sandbox stopped: 3 Kafka brokers and Apicurio Registry.",
            "Its data stays in /m/target/mesh-sandbox: mvn mesh:sandbox-start resumes it,"
                + " -Dmesh.sandbox.clean=true deletes it.");
  }

  @Test
  void stopped_nothingRunningAndClean_saysSoAndThatDataIsDeleted() {
    assertThat(SandboxMessages.stopped(0, false, true, LAYOUT))
        .containsExactly(
            "meshcode sandbox: nothing was running in /m/target/mesh-sandbox.",
            "Deleted its data: /m/target/mesh-sandbox.");
  }
}
