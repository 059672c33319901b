package dev.meshcode.benchmarks;

import dev.meshcode.sandbox.KafkaBroker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Topics alone (products without schemas, an environment without a registry), each run a whole
 * forked process from JVM start to exit: apply from empty on a fresh cluster, then no-change plans.
 * The children run with the JVM options of the example mesh's {@code .mvn/jvm.config} (what {@code
 * mvn mesh:plan} runs with there), which the targets are judged on; one more no-change plan with
 * the JVM's defaults is printed for comparison.
 */
final class TopicsScenario {

  private static final int PLAN_RUNS = 3;

  private final PlanApplyOptions options;
  private final BenchServers servers;
  private final PlanTargets targets;

  TopicsScenario(PlanApplyOptions options, BenchServers servers, PlanTargets targets) {
    this.options = options;
    this.servers = servers;
    this.targets = targets;
  }

  void run() {
    long start = System.nanoTime();
    KafkaBroker kafka = servers.startKafka("kafka-topics", options.brokers());
    System.out.printf(
        "%nstarted a fresh Kafka %s in %.1f s%n",
        kafka.bootstrap(), (System.nanoTime() - start) / 1e9);
    int n = options.topics();
    Path mesh = servers.root().resolve("mesh-topics-" + n);
    new MeshGenerator(
            LocalDate.now(ZoneOffset.UTC),
            false,
            BenchEnvironment.file(kafka.bootstrap(), Optional.empty(), options.brokers(), "t."))
        .generate(MeshPlan.of(n), mesh);
    List<String> jvm = MeshJvmConfig.read().orElse(List.of());
    System.out.printf("%n== topics alone: %,d products without schemas, forked processes ==%n", n);
    System.out.printf(
        "child JVM options (%s): %s%n",
        MeshJvmConfig.FILE, jvm.isEmpty() ? "none, the JVM's defaults" : String.join(" ", jvm));
    ForkedRun apply = report("apply from empty", ForkedRun.run("topics-apply", mesh, jvm));
    List<ForkedRun> plans = new ArrayList<>();
    ForkedRun first = report("plan, no change", ForkedRun.run("topics-plan", mesh, jvm));
    for (int i = 0; i < 3 && (!first.ok() || first.changes() > 0); i++) {
      System.out.println(
          "  (the plan right after the apply failed or shows changes; again in 5 s)");
      SchemaScenario.sleep();
      first = report("plan, no change (again)", ForkedRun.run("topics-plan", mesh, jvm));
    }
    plans.add(first);
    for (int i = 1; i < PLAN_RUNS; i++) {
      plans.add(report("plan, no change", ForkedRun.run("topics-plan", mesh, jvm)));
    }
    if (!jvm.isEmpty()) {
      report("plan, no change, JVM defaults", ForkedRun.run("topics-plan", mesh, List.of()));
    }
    ForkedRun median =
        plans.stream().sorted(Comparator.comparing(ForkedRun::wall)).toList().get(plans.size() / 2);
    long peak = plans.stream().mapToLong(ForkedRun::peakRssKb).max().orElse(-1);
    String at = String.format("%,d topics", n);
    targets.seconds("topics alone: apply from empty, " + at, 20, seconds(apply), apply.ok());
    targets.seconds(
        "topics alone: no-change plan (median of " + plans.size() + "), " + at,
        2,
        seconds(median),
        plans.stream().allMatch(r -> r.ok() && r.changes() == 0));
    targets.mebibytes("topics alone: no-change plan peak RSS (max)", 300, peak);
    servers.stop(kafka);
  }

  private static ForkedRun report(String what, ForkedRun run) {
    System.out.printf("  %-34s %s%n", what, run.line());
    if (!run.ok()) {
      run.output().stream().limit(40).forEach(line -> System.out.println("      | " + line));
    } else {
      run.output().stream()
          .filter(line -> line.startsWith("  problem:") || line.startsWith("  stages:"))
          .forEach(line -> System.out.println("    " + line));
    }
    return run;
  }

  private static double seconds(ForkedRun run) {
    return run.wall().toNanos() / 1e9;
  }
}
