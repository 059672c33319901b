package dev.meshcode.maven;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.render.DiagnosticsText;
import dev.meshcode.render.Summary;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints the console rendering through Maven's log: each line of an error at {@code [ERROR]}, of a
 * warning at {@code [WARNING]}, everything else at {@code [INFO]}, so CI log filters work.
 */
final class DiagnosticsLog {

  private final Log log;
  private final DiagnosticsText text = new DiagnosticsText();

  DiagnosticsLog(Log log) {
    this.log = log;
  }

  void print(Diagnostics diagnostics, Summary summary) {
    printAll(diagnostics);
    log.info(summary.line());
  }

  /** Every diagnostic, without a summary line (for goals that do not validate). */
  void printAll(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.all()) {
      for (String line : text.lines(d)) {
        switch (d.severity()) {
          case ERROR:
            log.error(line);
            break;
          case WARNING:
            log.warn(line);
            break;
          default:
            log.info(line);
        }
      }
    }
  }
}
