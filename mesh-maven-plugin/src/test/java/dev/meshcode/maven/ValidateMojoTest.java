package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's own decisions; whole builds are covered by the invoker tests under src/it. */
class ValidateMojoTest {

  @TempDir Path tmp;

  private ValidateMojo mojo(Path meshDirectory) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.meshDirectory = meshDirectory.toFile();
    mojo.outputDirectory = tmp.resolve("target/mesh").toFile();
    mojo.pluginVersion = "0.0.0-test";
    mojo.setLog(new RecordingLog(false));
    return mojo;
  }

  @Test
  void execute_skip_writesNothing() throws Exception {
    // GIVEN
    ValidateMojo mojo = mojo(tmp.resolve("does-not-exist"));
    mojo.skip = true;

    // WHEN
    mojo.execute();

    // THEN
    assertThat(tmp.resolve("target")).doesNotExist();
  }

  @Test
  void execute_missingMeshDirectory_failsNamingTheParameter() {
    // GIVEN
    ValidateMojo mojo = mojo(tmp.resolve("nope"));

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(tmp.resolve("nope").toString())
        .hasMessageContaining("Set <meshDirectory>");
  }
}
