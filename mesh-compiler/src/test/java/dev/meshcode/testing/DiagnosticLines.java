package dev.meshcode.testing;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.SourceLocation;
import java.util.List;

/**
 * Diagnostics as the corpus' expected.txt writes them: {@code severity code file:line:col summary}.
 */
public final class DiagnosticLines {

  private DiagnosticLines() {}

  public static List<String> of(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(DiagnosticLines::line).toList();
  }

  public static String line(Diagnostic d) {
    SourceLocation at = d.location().orElse(SourceLocation.ofFile(""));
    return d.severity().label()
        + " "
        + d.code()
        + " "
        + at.file()
        + ":"
        + at.line()
        + ":"
        + at.column()
        + " "
        + d.summary();
  }
}
