package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' paths that start no server; the invoker test sandbox-lifecycle runs real ones. */
class SandboxMojosTest {

  @TempDir Path tmp;

  @Test
  void start_zeroBrokers_failsBeforeStartingAnything() {
    // GIVEN
    SandboxStartMojo mojo = new SandboxStartMojo();
    mojo.meshDirectory = tmp.toFile();
    mojo.sandboxDirectory = tmp.resolve("target/mesh-sandbox").toFile();
    mojo.brokers = 0;
    mojo.setLog(new RecordingLog(false));

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("mesh.sandbox.brokers must be 1 or more, not 0.");
    assertThat(tmp.resolve("target")).doesNotExist();
  }

  @Test
  void start_missingMeshDirectory_failsNamingTheParameter() {
    SandboxStartMojo mojo = new SandboxStartMojo();
    mojo.meshDirectory = tmp.resolve("nope").toFile();
    mojo.sandboxDirectory = tmp.resolve("target/mesh-sandbox").toFile();
    mojo.brokers = 1;
    mojo.setLog(new RecordingLog(false));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Set <meshDirectory>");
  }

  @Test
  void stop_nothingEverStarted_saysSoAndSucceeds() throws Exception {
    // GIVEN
    RecordingLog log = new RecordingLog(false);
    SandboxStopMojo mojo = stopMojo(log);

    // WHEN
    mojo.execute();

    // THEN
    String root = tmp.resolve("target/mesh-sandbox").toString();
    assertThat(log.lines)
        .containsExactly(
            "[info] meshcode sandbox: nothing was running in " + root + ".",
            "[info] Its data stays in "
                + root
                + ": mvn mesh:sandbox-start resumes it, -Dmesh.sandbox.clean=true deletes it.");
  }

  @Test
  void stop_clean_deletesTheData() throws Exception {
    // GIVEN
    Path data = tmp.resolve("target/mesh-sandbox/kafka/node-1/data/topic-0");
    Files.createDirectories(data);
    Files.writeString(data.resolve("00000.log"), "records");
    RecordingLog log = new RecordingLog(false);
    SandboxStopMojo mojo = stopMojo(log);
    mojo.clean = true;

    // WHEN
    mojo.execute();

    // THEN
    assertThat(tmp.resolve("target/mesh-sandbox")).doesNotExist();
    assertThat(log.lines)
        .last()
        .isEqualTo("[info] Deleted its data: " + tmp.resolve("target/mesh-sandbox") + ".");
  }

  private SandboxStopMojo stopMojo(RecordingLog log) {
    SandboxStopMojo mojo = new SandboxStopMojo();
    mojo.meshDirectory = tmp.toFile();
    mojo.sandboxDirectory = tmp.resolve("target/mesh-sandbox").toFile();
    mojo.setLog(log);
    return mojo;
  }
}
