package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.api.MeshEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MavenEventLogTest {

  private final MeshEvent event =
      new MeshEvent.StageFinished("load", "14 files", Duration.ofMillis(42));

  @Test
  void on_debugEnabled_logsStageOutcomeAndTime() {
    // GIVEN
    RecordingLog log = new RecordingLog(true);

    // WHEN
    new MavenEventLog(log).on(event);

    // THEN
    assertThat(log.lines).containsExactly("[debug] meshcode: load finished in 42 ms (14 files)");
  }

  @Test
  void on_debugDisabled_logsNothing() {
    // GIVEN
    RecordingLog log = new RecordingLog(false);

    // WHEN
    new MavenEventLog(log).on(event);

    // THEN
    assertThat(log.lines).isEmpty();
  }
}
