package dev.meshcode.benchmarks;

import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.MeshEvent;
import dev.meshcode.api.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures {@code mesh:validate} on generated meshes of N/10, N/2 and N products (N = 10,000 by
 * default): per-stage and total compiler time, peak heap and cost per product. Run it with a capped
 * heap ({@code -Xmx512m}); see {@code benchmarks/README.md}.
 */
public final class ValidateBenchmark {

  private final BenchmarkOptions options;
  private final BenchmarkPrinter printer = new BenchmarkPrinter();
  private final Map<String, Duration> stages = new LinkedHashMap<>();
  private final MeshCompiler compiler;

  private ValidateBenchmark(BenchmarkOptions options) {
    this.options = options;
    this.compiler = new MeshCompiler(Clock.systemUTC(), this::onEvent);
  }

  public static void main(String[] args) throws IOException {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new ValidateBenchmark(options).run();
  }

  private void run() throws IOException {
    printer.header(options);
    Path base =
        options.directory().isPresent()
            ? Files.createDirectories(options.directory().get())
            : Files.createTempDirectory("meshcode-bench-");
    List<SizeResult> results = new ArrayList<>();
    try {
      for (int size : options.sizes()) {
        SizeResult result = measure(size, base.resolve("mesh-" + size));
        printer.size(result);
        results.add(result);
      }
      printer.linearity(results);
    } finally {
      if (options.directory().isEmpty() && !options.keep()) {
        deleteTree(base);
      } else {
        System.out.println("Generated meshes kept in " + base);
      }
    }
  }

  private SizeResult measure(int size, Path root) throws IOException {
    int files = generateUnlessPresent(size, root);
    for (int i = 0; i < options.warmups(); i++) {
      compiler.validate(root);
    }
    List<RunMeasurement> runs = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      runs.add(measuredRun(root));
    }
    return new SizeResult(size, files, List.copyOf(runs.get(0).stages().keySet()), runs);
  }

  private RunMeasurement measuredRun(Path root) {
    try (HeapPeak heap = new HeapPeak()) {
      heap.start();
      stages.clear();
      long start = System.nanoTime();
      ValidationReport report = compiler.validate(root);
      Duration total = Duration.ofNanos(System.nanoTime() - start);
      HeapPeak.Figures figures = heap.stop();
      return new RunMeasurement(
          total, new LinkedHashMap<>(stages), figures, ReportFigures.of(report));
    }
  }

  private int generateUnlessPresent(int size, Path root) throws IOException {
    Path marker = root.resolve(MeshGenerator.COMPLETE_MARKER);
    if (Files.exists(marker)) {
      System.out.printf("%nReusing the mesh of %,d products in %s%n", size, root);
      try (Stream<Path> all = Files.walk(root)) {
        return (int) all.filter(Files::isRegularFile).count() - 1;
      }
    }
    if (Files.exists(root)) {
      throw new IOException(root + " exists but holds no complete generated mesh; remove it");
    }
    long start = System.nanoTime();
    MeshPlan plan = MeshPlan.of(size);
    int files = new MeshGenerator(LocalDate.now(Clock.systemUTC())).generate(plan, root) - 1;
    System.out.printf(
        "%nGenerated %,d products in %d domains (%,d files) in %s in %.1f s%n",
        size, plan.domains().size(), files, root, (System.nanoTime() - start) / 1e9);
    return files;
  }

  private void onEvent(MeshEvent event) {
    if (event instanceof MeshEvent.StageFinished finished) {
      stages.merge(finished.stage(), finished.took(), Duration::plus);
    }
  }

  /** Deletes {@code root} and everything under it. */
  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
