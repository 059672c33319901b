package dev.meshcode.benchmarks;

import dev.meshcode.api.ValidationReport;
import dev.meshcode.diag.Diagnostics;

/**
 * What the benchmark keeps of a {@link ValidationReport}: counts and diagnostics, never the mesh,
 * so a finished run holds no memory that would inflate the next run's heap baseline.
 */
record ReportFigures(int productsLoaded, int filesRead, Diagnostics diagnostics) {

  static ReportFigures of(ValidationReport report) {
    return new ReportFigures(report.productCount(), report.files().size(), report.diagnostics());
  }

  boolean passed() {
    return !diagnostics.hasErrors();
  }
}
