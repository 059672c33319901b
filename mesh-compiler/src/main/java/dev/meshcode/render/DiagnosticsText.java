package dev.meshcode.render;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Console text, in the {@code file:line:col: severity [code] summary} shape compilers use, so
 * terminals and editors turn locations into links. No colours: the text goes to CI logs as often as
 * to terminals.
 *
 * <pre>
 * domains/execution/stocktrades/product.yaml:12:5: error [unknown-field] Unknown field 'partitons'.
 *     The topic section accepts name, partitions, replicationFactor and configs.
 *     hint: did you mean 'partitions'?
 *
 * 1 error, 0 warnings in 14 files (9 products)
 * </pre>
 */
public final class DiagnosticsText {

  private static final String INDENT = "    ";

  /** Every diagnostic, then a blank line and the summary line. */
  public String render(Diagnostics diagnostics, Summary summary) {
    StringBuilder out = new StringBuilder();
    write(diagnostics, summary, out);
    return out.toString();
  }

  public void write(Diagnostics diagnostics, Summary summary, Appendable out) {
    try {
      for (Diagnostic d : diagnostics.all()) {
        for (String line : lines(d)) {
          out.append(line).append('\n');
        }
      }
      if (!diagnostics.isEmpty()) {
        out.append('\n');
      }
      out.append(summary.line()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines of one diagnostic, without line ends: the headline, then the detail and the hint
   * indented. Hosts that log by severity (Maven's error/warn/info) log these one by one.
   */
  public List<String> lines(Diagnostic d) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(d));
    d.detail()
        .strip()
        .lines()
        .map(l -> l.isBlank() ? "" : INDENT + l.stripTrailing())
        .forEach(lines::add);
    List<String> hint = d.hint().strip().lines().toList();
    for (int i = 0; i < hint.size(); i++) {
      lines.add(INDENT + (i == 0 ? "hint: " : "      ") + hint.get(i).stripTrailing());
    }
    return lines;
  }

  private static String headline(Diagnostic d) {
    String where = d.location().map(at -> at + ": ").orElse("");
    return where + d.severity().label() + " [" + d.code() + "] " + d.summary();
  }
}
