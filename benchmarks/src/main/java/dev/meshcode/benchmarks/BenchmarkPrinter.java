package dev.meshcode.benchmarks;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import java.lang.management.GarbageCollectorMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints the benchmark's figures as plain text. */
final class BenchmarkPrinter {

  private static final long MIB = 1024 * 1024;
  private static final Duration TIME_TARGET = Duration.ofSeconds(5);
  private static final long HEAP_TARGET = 512 * MIB;
  private static final int SHOWN_DIAGNOSTICS = 15;

  void header(BenchmarkOptions options) {
    Runtime rt = Runtime.getRuntime();
    String collectors =
        HeapPeak.collectors().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    System.out.println("meshcode ValidateBenchmark");
    System.out.printf(
        "JVM: %s %s, %d processors, max heap %d MiB (-Xmx), collectors: %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        rt.availableProcessors(),
        rt.maxMemory() / MIB,
        collectors);
    System.out.printf(
        "Sizes: %s products; %d warm-up and %d measured runs each%n",
        options.sizes(), options.warmups(), options.runs());
    System.out.println(
        "Heap method: System.gc() before each measured run (the baseline is then live data only);"
            + " peak = the largest heap use reported by a GC notification just before a"
            + " collection, or the use at the end of the run. 'pool peaks' sums the heap pools'"
            + " own peak counters (reset per run): an upper bound, since pools peak at different"
            + " moments.");
  }

  void size(SizeResult r) {
    ReportFigures report = r.outcome();
    System.out.printf("%n== %,d products%n", r.products());
    System.out.printf(
        "products loaded %,d, descriptor files read %,d, files generated %,d%n",
        report.productsLoaded(), report.filesRead(), r.filesWritten());
    diagnostics(report);
    for (String stage : r.stageOrder()) {
      System.out.printf("  stage %-12s median %8.1f ms%n", stage, ms(r.medianStage(stage)));
    }
    System.out.printf(
        "  validate     best %8.1f ms, median %8.1f ms (%d runs)%n",
        ms(r.bestTotal()), ms(r.medianTotal()), r.runs().size());
    System.out.printf(
        "  peak heap    %d MiB (baseline %d MiB, pool peaks %d MiB)%n",
        r.maxPeakHeap() / MIB, r.minBaseline() / MIB, r.maxPoolPeakSum() / MIB);
    System.out.printf(
        "  per product  %.1f µs, %.1f KiB of peak heap above the baseline%n",
        ms(r.medianTotal()) * 1000 / r.products(),
        (r.maxPeakHeap() - r.minBaseline()) / 1024.0 / r.products());
    if (report.productsLoaded() == 0) {
      System.out.println(
          "  NOTE: the compiler loaded no products; these figures measure nothing useful.");
    }
  }

  void linearity(List<SizeResult> results) {
    SizeResult smallest = results.get(0);
    SizeResult largest = results.get(results.size() - 1);
    System.out.printf("%n== Linearity (relative to %,d products)%n", smallest.products());
    for (SizeResult r : results) {
      double sizeRatio = (double) r.products() / smallest.products();
      double timeRatio = ms(r.medianTotal()) / ms(smallest.medianTotal());
      System.out.printf(
          "  %,7d products: %8.1f ms median, size x%.1f, time x%.1f (time/size %.2f)%n",
          r.products(), ms(r.medianTotal()), sizeRatio, timeRatio, timeRatio / sizeRatio);
    }
    System.out.printf("%n== Targets at %,d products%n", largest.products());
    System.out.printf(
        "  compiler time < %d s: %s (median %.2f s)%n",
        TIME_TARGET.toSeconds(),
        verdict(largest.medianTotal().compareTo(TIME_TARGET) < 0),
        ms(largest.medianTotal()) / 1000);
    System.out.printf(
        "  peak heap < %d MiB: %s (%d MiB)%n",
        HEAP_TARGET / MIB,
        verdict(largest.maxPeakHeap() < HEAP_TARGET),
        largest.maxPeakHeap() / MIB);
    boolean valid =
        largest.outcome().passed() && largest.outcome().productsLoaded() == largest.products();
    System.out.printf("  every product loaded, 0 errors: %s%n", verdict(valid));
  }

  private static void diagnostics(ReportFigures report) {
    var d = report.diagnostics();
    System.out.printf(
        "diagnostics %,d: %,d errors, %,d warnings, %,d info%n",
        d.all().size(), d.count(Severity.ERROR), d.count(Severity.WARNING), d.count(Severity.INFO));
    Map<String, Long> byCode =
        d.all().stream()
            .collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new, Collectors.counting()));
    byCode.forEach((code, n) -> System.out.printf("  %,7d × %s%n", n, code));
    d.all().stream()
        .filter(x -> x.severity() != Severity.INFO)
        .limit(SHOWN_DIAGNOSTICS)
        .forEach(BenchmarkPrinter::show);
  }

  /** Non-info diagnostics mean the generator (or a rule) is off; show them so it can be fixed. */
  private static void show(Diagnostic d) {
    String at = d.location().map(Object::toString).orElse("(no file)");
    System.out.printf("  %s: %s [%s] %s%n", at, d.severity().label(), d.code(), d.summary());
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT MET";
  }

  private static double ms(Duration d) {
    return d.toNanos() / 1e6;
  }
}
