package dev.meshcode.maven;

import dev.meshcode.api.MeshEvent;
import org.apache.maven.plugin.logging.Log;

/** Shows the compiler's progress events as debug lines ({@code mvn -X}); never throws. */
final class MavenEventLog implements MeshEvent.Listener {

  private final Log log;

  MavenEventLog(Log log) {
    this.log = log;
  }

  @Override
  public void on(MeshEvent event) {
    if (log.isDebugEnabled()) {
      log.debug(describe(event));
    }
  }

  static String describe(MeshEvent event) {
    if (event instanceof MeshEvent.StageFinished) {
      MeshEvent.StageFinished stage = (MeshEvent.StageFinished) event;
      return "meshcode: "
          + stage.stage()
          + " finished in "
          + stage.took().toMillis()
          + " ms ("
          + stage.outcome()
          + ")";
    }
    return "meshcode: " + event;
  }
}
