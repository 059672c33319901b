package dev.meshcode.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that remembers lines as {@code [level] text}, for asserting what users see. */
final class RecordingLog extends SystemStreamLog {

  final List<String> lines = new ArrayList<>();
  private final boolean debug;

  RecordingLog(boolean debug) {
    this.debug = debug;
  }

  @Override
  public boolean isDebugEnabled() {
    return debug;
  }

  @Override
  public void debug(CharSequence content) {
    lines.add("[debug] " + content);
  }

  @Override
  public void info(CharSequence content) {
    lines.add("[info] " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("[warn] " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("[error] " + content);
  }
}
