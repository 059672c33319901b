package dev.meshcode.benchmarks;

import dev.meshcode.api.ValidationReport;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The measured runs at one mesh size.
 *
 * @param products products generated
 * @param filesWritten files the generator wrote (descriptors, schemas, SQL)
 * @param stageOrder stage names in pipeline order
 * @param report the last run's report; every run validates the same files, so all are equal. Only
 *     one is kept: holding every run's mesh would inflate the next run's heap baseline.
 */
record SizeResult(
    int products,
    int filesWritten,
    List<String> stageOrder,
    List<RunMeasurement> runs,
    ValidationReport report) {

  SizeResult {
    stageOrder = List.copyOf(stageOrder);
    runs = List.copyOf(runs);
  }

  Duration bestTotal() {
    return runs.stream().map(RunMeasurement::total).min(Comparator.naturalOrder()).orElseThrow();
  }

  Duration medianTotal() {
    return median(RunMeasurement::total);
  }

  Duration medianStage(String stage) {
    return median(r -> r.stages().getOrDefault(stage, Duration.ZERO));
  }

  long maxPeakHeap() {
    return runs.stream().mapToLong(r -> r.heap().peak()).max().orElse(0);
  }

  long maxPoolPeakSum() {
    return runs.stream().mapToLong(r -> r.heap().poolPeakSum()).max().orElse(0);
  }

  long minBaseline() {
    return runs.stream().mapToLong(r -> r.heap().baseline()).min().orElse(0);
  }

  private Duration median(Function<RunMeasurement, Duration> of) {
    List<Duration> sorted = runs.stream().map(of).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
