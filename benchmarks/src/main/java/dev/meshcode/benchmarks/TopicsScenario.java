package dev.meshcode.benchmarks;

import dev.meshcode.sandbox.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Topics alone (products without schemas, an environment without a registry), each run a whole
 * forked process from JVM start to exit: apply from empty on a fresh cluster, one plan right after
 * it, then, once the broker has gone quiet ({@link BrokerSettle}), the no-change plans judged. The
 * children run with the JVM options of the example mesh's {@code .mvn/jvm.config} (what {@code mvn
 * mesh:plan} runs with there); one more no-change plan with the JVM's defaults is printed for
 * comparison. The no-change plans are judged twice: with those options, and with those options plus
 * a class-data archive recorded by an earlier plan (the optional set-up of
 * docs/getting-started.md).
 */
final class TopicsScenario {

  private static final int PLAN_RUNS = 5;

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
    ForkedRun first = report("plan right after the apply", ForkedRun.run("topics-plan", mesh, jvm));
    for (int i = 0; i < 3 && (!first.ok() || first.changes() > 0); i++) {
      System.out.println(
          "  (the plan right after the apply failed or shows changes; again in 5 s)");
      SchemaScenario.sleep();
      first = report("plan, no change (again)", ForkedRun.run("topics-plan", mesh, jvm));
    }
    Duration settled = BrokerSettle.await(kafka.processes());
    System.out.printf(
        "  (waited %.0f s for the broker to go quiet: under 5%% of a core for 2 s)%n",
        settled.toMillis() / 1e3);
    List<ForkedRun> plans = new ArrayList<>();
    for (int i = 0; i < PLAN_RUNS; i++) {
      plans.add(report("plan, no change", ForkedRun.run("topics-plan", mesh, jvm)));
    }
    if (!jvm.isEmpty()) {
      report("plan, no change, JVM defaults", ForkedRun.run("topics-plan", mesh, List.of()));
    }
    List<ForkedRun> archived = withArchive(mesh, jvm);
    String at = String.format("%,d topics", n);
    targets.seconds("topics alone: apply from empty, " + at, 20, seconds(apply), apply.ok());
    judgePlans("mesh JVM options", at, plans);
    judgePlans("+ class-data archive", at, archived);
    servers.stop(kafka);
  }

  /**
   * The same plans with a class-data archive, as docs/getting-started.md sets one up: one plan
   * records it (its time is printed, not judged), then each plan maps it.
   */
  private List<ForkedRun> withArchive(Path mesh, List<String> jvm) {
    ClassDataArchive archive = ClassDataArchive.in(servers.root().resolve("class-data"));
    System.out.printf("class-data archive: %s%n", archive.file());
    report(
        "plan, recording the archive",
        ForkedRun.run("topics-plan", mesh, join(jvm, archive.recording()), archive.classpath()));
    List<ForkedRun> plans = new ArrayList<>();
    for (int i = 0; i < PLAN_RUNS; i++) {
      plans.add(
          report(
              "plan, no change, with the archive",
              ForkedRun.run("topics-plan", mesh, join(jvm, archive.using()), archive.classpath())));
    }
    return plans;
  }

  private void judgePlans(String how, String at, List<ForkedRun> plans) {
    ForkedRun median =
        plans.stream().sorted(Comparator.comparing(ForkedRun::wall)).toList().get(plans.size() / 2);
    long peak = plans.stream().mapToLong(ForkedRun::peakRssKb).max().orElse(-1);
    targets.seconds(
        "topics alone: no-change plan, " + how + " (median of " + plans.size() + "), " + at,
        2,
        seconds(median),
        plans.stream().allMatch(r -> r.ok() && r.changes() == 0));
    targets.megabytes("topics alone: no-change plan peak RSS (max), " + how, 300, peak);
  }

  private static List<String> join(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
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
