package dev.meshcode.maven;

import dev.meshcode.api.MeshEvent;
import dev.meshcode.apply.ApplyEvent;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows apply progress at {@code [INFO]}, one line per phase start and end (counts, never one line
 * per change), and every other event as {@link MavenEventLog} does.
 */
final class ProgressLog implements MeshEvent.Listener {

  private final Log log;
  private final MavenEventLog stages;

  ProgressLog(Log log) {
    this.log = log;
    this.stages = new MavenEventLog(log);
  }

  @Override
  public void on(MeshEvent event) {
    Optional<String> line = describe(event);
    if (line.isPresent()) {
      log.info(line.get());
    } else {
      stages.on(event);
    }
  }

  static Optional<String> describe(MeshEvent event) {
    if (!(event instanceof MeshEvent.ApplyProgress)) {
      return Optional.empty();
    }
    ApplyEvent progress = ((MeshEvent.ApplyProgress) event).event();
    if (progress instanceof ApplyEvent.PhaseStarted) {
      ApplyEvent.PhaseStarted s = (ApplyEvent.PhaseStarted) progress;
      return Optional.of(phase(s.kind().label(), s.deletes()) + ": " + s.changes() + " to apply");
    }
    ApplyEvent.PhaseFinished f = (ApplyEvent.PhaseFinished) progress;
    return Optional.of(
        phase(f.kind().label(), f.deletes())
            + ": "
            + f.applied()
            + " applied, "
            + f.failed()
            + " failed, "
            + f.skipped()
            + " skipped");
  }

  private static String phase(String kind, boolean deletes) {
    return "Apply " + (deletes ? "deletes of " : "") + kind;
  }
}
