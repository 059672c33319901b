package dev.meshcode.benchmarks;

import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.MeshEvent;
import dev.meshcode.api.ValidationReport;
import dev.meshcode.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * {@code mesh:validate -Dmesh.base=main} on a large mesh where a pull request changes a few
 * products: a real git repository (JGit) holds the generated mesh on {@code main}, and a feature
 * branch adds an optional field to the value schema of N products. Prints the time of the review
 * stage (git: merge base, changed files, the base files a change needs, schema history; the review
 * rules; the offline compatibility judge) and of the whole validation, median of the measured runs.
 *
 * <p>Arguments: {@code --products N} (10000), {@code --changed N} (10), {@code --warmups N} (2),
 * {@code --runs N} (5).
 */
public final class ReviewBenchmark {

  private static final Duration TARGET = Duration.ofSeconds(3);
  private static final String ADDED_FIELD =
      "    {\"name\": \"review_note\", \"type\": [\"null\", \"string\"], \"default\": null},\n";

  private final PrintStream out = System.out;

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options = options(args);
    new ReviewBenchmark()
        .run(
            options.get("products"),
            options.get("changed"),
            options.get("warmups"),
            options.get("runs"));
  }

  private void run(int products, int changed, int warmups, int runs) throws Exception {
    Path root = Files.createTempDirectory("meshcode-review-bench");
    try {
      out.printf(
          "meshcode ReviewBenchmark%nJVM: %s %s, %d processors, max heap %d MiB%n",
          System.getProperty("java.vm.name"),
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      long start = System.nanoTime();
      MeshPlan plan = MeshPlan.of(products);
      int files = new MeshGenerator(LocalDate.of(2026, 11, 24)).generate(plan, root);
      List<String> edited = pullRequest(root, plan, changed);
      out.printf(
          "Repository: %,d products, %,d files on main; branch feature changes %d schemas (%s)"
              + " in %.1f s%n",
          products,
          files,
          edited.size(),
          String.join(", ", edited.subList(0, 2)) + ", …",
          seconds(System.nanoTime() - start));
      measure(root, changed, warmups, runs);
    } finally {
      ValidateBenchmark.deleteTree(root);
    }
  }

  /** Commits the mesh on main, then a feature branch that edits {@code changed} value schemas. */
  private static List<String> pullRequest(Path root, MeshPlan plan, int changed)
      throws IOException, GitAPIException {
    List<String> edited = new ArrayList<>();
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "the generated mesh");
      git.checkout().setCreateBranch(true).setName("feature").call();
      int step = Math.max(1, plan.products().size() / changed);
      for (int i = 0; i < plan.products().size() && edited.size() < changed; i += step) {
        ProductPlan p = plan.products().get(i);
        String file = "domains/" + p.domain() + "/" + p.name() + "/" + p.name() + ".avsc";
        Path schema = root.resolve(file);
        String text = Files.readString(schema);
        int last = text.lastIndexOf("    {\"name\"");
        Files.writeString(schema, text.substring(0, last) + ADDED_FIELD + text.substring(last));
        edited.add(p.domain() + "." + p.name());
      }
      commit(git, "an optional field in " + edited.size() + " schemas");
    }
    return edited;
  }

  private void measure(Path root, int changed, int warmups, int runs) {
    List<Double> review = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    for (int i = 0; i < warmups + runs; i++) {
      Map<String, Duration> stages = new TreeMap<>();
      MeshEvent.Listener listener =
          e -> {
            if (e instanceof MeshEvent.StageFinished f) {
              stages.put(f.stage(), f.took());
            }
          };
      Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
      long start = System.nanoTime();
      ValidationReport report =
          new MeshCompiler(clock, listener).validate(root, Optional.of("main"));
      double took = seconds(System.nanoTime() - start);
      boolean measured = i >= warmups;
      if (measured) {
        review.add(stages.get("review").toNanos() / 1e9);
        total.add(took);
      }
      out.printf(
          "  %s %d: review %.3f s, whole validation %.2f s; %d products reviewed, findings %s%n",
          measured ? "run   " : "warmup",
          measured ? i - warmups + 1 : i + 1,
          stages.get("review").toNanos() / 1e9,
          took,
          report.review().map(r -> r.products().size()).orElse(-1),
          codes(report));
      if (report.review().map(r -> r.products().size()).orElse(-1) != changed) {
        throw new IllegalStateException("the review did not see the " + changed + " changes");
      }
    }
    double median = median(review);
    out.printf(
        "%nReview stage: median %.3f s, best %.3f s; whole validation with review: median %.2f s%n",
        median, Collections.min(review), median(total));
    out.printf(
        "Target: review of %d changed products on this mesh < %d s: %s%n",
        changed, TARGET.toSeconds(), median < TARGET.toSeconds() ? "met" : "NOT MET");
  }

  private static Map<String, Long> codes(ValidationReport report) {
    return report.diagnostics().all().stream()
        .filter(d -> !d.code().equals("waived"))
        .collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new, Collectors.counting()));
  }

  private static void commit(Git git, String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    PersonIdent who =
        new PersonIdent(
            "Bench", "bench@meshcode.dev", Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  private static Map<String, Integer> options(String[] args) {
    Map<String, Integer> options =
        new TreeMap<>(Map.of("products", 10_000, "changed", 10, "warmups", 2, "runs", 5));
    for (int i = 0; i + 1 < args.length; i += 2) {
      String name = args[i].replaceFirst("^--", "");
      if (!options.containsKey(name)) {
        throw new IllegalArgumentException(
            "unknown argument " + args[i] + "; known: " + options.keySet());
      }
      options.put(name, Integer.parseInt(args[i + 1]));
    }
    return options;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
