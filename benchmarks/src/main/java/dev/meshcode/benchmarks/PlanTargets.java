package dev.meshcode.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The performance targets and the figures measured against them, printed as a table. */
final class PlanTargets {

  private record Row(String target, String limit, String figure, String verdict) {}

  private final List<Row> rows = new ArrayList<>();

  /** A figure in seconds against an upper limit; a failed run never meets its target. */
  void seconds(String target, double limit, double figure, boolean runOk) {
    String verdict = runOk && figure < limit ? "met" : "NOT MET";
    rows.add(
        new Row(
            target,
            String.format("< %.0f s", limit),
            String.format("%.2f s%s", figure, runOk ? "" : " (run failed)"),
            verdict));
  }

  /** A resident set against a limit in MB (10^6 bytes, the stricter reading), shown in both. */
  void megabytes(String target, long limitMb, long figureKb) {
    boolean known = figureKb >= 0;
    double mb = figureKb * 1024 / 1e6;
    rows.add(
        new Row(
            target,
            "< " + limitMb + " MB",
            known ? String.format("%.0f MB (%d MiB)", mb, figureKb / 1024) : "n/a",
            known && mb < limitMb ? "met" : "NOT MET"));
  }

  void requestGrowth(String target, List<Integer> sizes, List<Long> requests) {
    boolean known = !requests.isEmpty() && requests.size() == sizes.size();
    boolean flat = known && requests.get(requests.size() - 1) <= requests.get(0);
    rows.add(
        new Row(
            target,
            "does not grow with products",
            known ? sizes + " products -> " + requests + " requests" : "n/a",
            flat ? "met" : known ? "NOT MET" : "not measured"));
  }

  void notMeasured(String target, String limit, String why) {
    rows.add(new Row(target, limit, why, "not measured"));
  }

  void print() {
    System.out.println();
    System.out.println("== Targets ==");
    System.out.printf("%-60s %-28s %-44s %s%n", "target", "limit", "measured", "verdict");
    for (Row r : rows) {
      System.out.printf("%-60s %-28s %-44s %s%n", r.target(), r.limit(), r.figure(), r.verdict());
    }
  }
}
