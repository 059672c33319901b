package dev.meshcode.maven;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.plan.Plan;
import dev.meshcode.render.DiagnosticsText;
import dev.meshcode.render.PlanText;
import dev.meshcode.render.Summary;
import java.util.List;
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
    diagnostics.all().forEach(d -> print(d, text.lines(d)));
  }

  /**
   * A plan in Terraform's conventions: its problems first, each at its severity, then the changes.
   */
  void print(Plan plan) {
    PlanText planText = new PlanText();
    if (!plan.diagnostics().isEmpty()) {
      log.info(PlanText.PROBLEMS);
      plan.diagnostics().all().forEach(d -> print(d, planText.problem(d).lines().toList()));
      log.info("");
    }
    planText.changes(plan).lines().forEach(log::info);
  }

  private void print(Diagnostic d, List<String> lines) {
    for (String line : lines) {
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
