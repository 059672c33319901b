package dev.meshcode.benchmarks;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured {@code validate} run.
 *
 * @param total wall-clock time of {@code MeshCompiler.validate}
 * @param stages time of each pipeline stage, from its {@code StageFinished} event, in pipeline
 *     order
 * @param heap heap figures of the run
 * @param outcome what the run found
 */
record RunMeasurement(
    Duration total, Map<String, Duration> stages, HeapPeak.Figures heap, ReportFigures outcome) {

  RunMeasurement {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
  }
}
