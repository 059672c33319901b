package dev.meshcode.benchmarks;

import dev.meshcode.api.ApplyReport;
import dev.meshcode.api.ApplyRequest;
import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.MeshEvent;
import dev.meshcode.api.PlanReport;
import dev.meshcode.api.PlanRequest;
import dev.meshcode.apply.ApplyResult;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.plan.Plan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs {@code MeshCompiler.plan} and {@code apply} on a mesh's {@code bench} environment exactly as
 * {@code mesh:plan} and {@code mesh:apply} do (fresh providers each time), and sums up what
 * happened: time, changes, outcomes, the Kafka client's request count and the compiler's stages.
 */
final class MeshOperations {

  private final List<MeshEvent.StageFinished> stages = new ArrayList<>();
  private final MeshCompiler compiler = new MeshCompiler(Clock.systemUTC(), this::onEvent);
  private final ServiceProviders providers = new ServiceProviders();

  /**
   * @param took wall time of the facade call (validation included)
   * @param ok no error diagnostic and, for an apply, every change succeeded
   * @param changes changes planned
   * @param applied changes applied (0 for a plan)
   * @param failed changes failed (0 for a plan)
   * @param requests requests the Kafka admin client sent during the call
   * @param stages the compiler's stages and their times
   * @param problems the first errors and failures, for the printout
   */
  record Outcome(
      Duration took,
      boolean ok,
      int changes,
      long applied,
      long failed,
      Optional<Long> requests,
      String stages,
      List<String> problems) {

    String line() {
      return String.format(
          "%6.2f s  %s  changes=%d%s  kafka requests=%s  [%s]",
          took.toNanos() / 1e9,
          ok ? "ok    " : "FAILED",
          changes,
          applied + failed > 0 ? " applied=" + applied + " failed=" + failed : "",
          AdminRequests.format(requests),
          stages);
    }
  }

  List<String> systems() {
    return providers.systems();
  }

  Outcome plan(Path mesh) {
    stages.clear();
    long start = System.nanoTime();
    PlanReport report;
    try {
      report = compiler.plan(mesh, BenchEnvironment.NAME, PlanRequest.defaults(), providers);
    } catch (RuntimeException e) {
      return thrown(start, e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Optional<Long> requests = providers.kafkaRequests();
    String inProviders = providers.timeBySystem();
    providers.closeAll();
    int changes = report.plan().map(p -> p.changes().size()).orElse(0);
    return new Outcome(
        took,
        !report.hasErrors(),
        changes,
        0,
        0,
        requests,
        stageText() + "; in providers: " + inProviders,
        errors(report.diagnostics()));
  }

  Outcome apply(Path mesh) {
    stages.clear();
    long start = System.nanoTime();
    ApplyReport report;
    try {
      report = compiler.apply(mesh, BenchEnvironment.NAME, ApplyRequest.fresh(false), providers);
    } catch (RuntimeException e) {
      return thrown(start, e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Optional<Long> requests = providers.kafkaRequests();
    String inProviders = providers.timeBySystem();
    providers.closeAll();
    Optional<Plan> plan = report.planned().plan();
    List<String> problems = new ArrayList<>(errors(report.planned().diagnostics()));
    report.result().ifPresent(r -> problems.addAll(failures(r)));
    return new Outcome(
        took,
        report.succeeded(),
        plan.map(p -> p.changes().size()).orElse(0),
        report.result().map(ApplyResult::applied).orElse(0L),
        report.result().map(ApplyResult::failed).orElse(0L),
        requests,
        stageText() + "; in providers: " + inProviders,
        problems);
  }

  /**
   * The facade threw instead of reporting (seen: a provider's read failing right after a large
   * apply on 3 nodes): a failed run whose problem is the exception, so the benchmark goes on.
   */
  private Outcome thrown(long start, RuntimeException e) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Optional<Long> requests = providers.kafkaRequests();
    String inProviders = providers.timeBySystem();
    providers.closeAll();
    return new Outcome(
        took,
        false,
        0,
        0,
        0,
        requests,
        stageText() + "; in providers: " + inProviders,
        List.of("the facade threw " + e));
  }

  private void onEvent(MeshEvent event) {
    if (event instanceof MeshEvent.StageFinished finished) {
      synchronized (stages) {
        stages.add(finished);
      }
    }
  }

  private String stageText() {
    synchronized (stages) {
      return stages.stream()
          .map(s -> String.format("%s %.2f s", s.stage(), s.took().toNanos() / 1e9))
          .collect(Collectors.joining(", "));
    }
  }

  private static List<String> errors(Diagnostics diagnostics) {
    return diagnostics.all().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .limit(5)
        .map(MeshOperations::describe)
        .toList();
  }

  private static String describe(Diagnostic d) {
    return d.code()
        + ": "
        + d.summary()
        + d.location().map(l -> " (" + l + ")").orElse("")
        + (d.detail().isEmpty() ? "" : " " + d.detail());
  }

  private static List<String> failures(ApplyResult result) {
    return result.failures().stream().limit(5).map(f -> f.address() + ": " + f.message()).toList();
  }
}
