package dev.meshcode.benchmarks;

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
 */
record SizeResult(
    int products, int filesWritten, List<String> stageOrder, List<RunMeasurement> runs) {

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

  /** The last run's outcome; every run validates the same files, so all outcomes are equal. */
  ReportFigures outcome() {
    return runs.get(runs.size() - 1).outcome();
  }

  private Duration median(Function<RunMeasurement, Duration> of) {
    List<Duration> sorted = runs.stream().map(of).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
