package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerCommandTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void run_noArguments_printsUsageAndExits2() {
    int code = KafkaBrokerCommand.run(new String[0], out);

    assertThat(code).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("usage: KafkaBrokerCommand start|stop|status DATA_DIR [NODES]\n");
  }

  @Test
  void run_statusOfEmptyDirectory_saysNeverStartedAndExits1(@TempDir Path dir) {
    int code = KafkaBrokerCommand.run(new String[] {"status", dir.toString()}, out);

    assertThat(code).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("never started in " + dir + "\n");
  }

  @Test
  void run_stopOfEmptyDirectory_stopsNothing(@TempDir Path dir) {
    int code = KafkaBrokerCommand.run(new String[] {"stop", dir.toString()}, out);

    assertThat(code).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("stopped 0 node(s)\n");
  }
}
