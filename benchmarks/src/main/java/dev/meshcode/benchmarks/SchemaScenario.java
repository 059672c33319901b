package dev.meshcode.benchmarks;

import dev.meshcode.sandbox.ApicurioRegistry;
import dev.meshcode.sandbox.KafkaBroker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Products with schemas, in this JVM (the way {@code mesh:plan} runs inside Maven): per size, apply
 * from empty, a no-change plan, then a plan with 1% of the products changed. Each size has its own
 * topic prefix, so all sizes share one cluster and one registry without sharing a resource.
 */
final class SchemaScenario {

  /** How often a no-change plan right after an apply is repeated while it still shows changes. */
  private static final int SETTLE_TRIES = 3;

  private final PlanApplyOptions options;
  private final BenchServers servers;
  private final PlanTargets targets;

  SchemaScenario(PlanApplyOptions options, BenchServers servers, PlanTargets targets) {
    this.options = options;
    this.servers = servers;
    this.targets = targets;
  }

  void run() {
    long start = System.nanoTime();
    KafkaBroker kafka = servers.startKafka("kafka-schemas", options.brokers());
    ApicurioRegistry registry = servers.startRegistry(options.apicurio());
    System.out.printf(
        "%nstarted Kafka %s and Apicurio %s (in-memory storage) in %.1f s%n",
        kafka.bootstrap(), registry.url(), (System.nanoTime() - start) / 1e9);
    MeshOperations operations = new MeshOperations();
    System.out.println("providers found: " + operations.systems());
    List<Long> requests = new ArrayList<>();
    MeshOperations.Outcome lastApply = null;
    MeshOperations.Outcome lastPlan = null;
    for (int size : options.sizes()) {
      Path mesh = generate(size, kafka.bootstrap(), registry.url());
      System.out.printf("%n== %,d products with schemas (prefix s%d.) ==%n", size, size);
      lastApply = report("apply from empty", operations.apply(mesh));
      lastPlan = report("plan, no change", operations.plan(mesh));
      for (int i = 0; i < SETTLE_TRIES && (!lastPlan.ok() || lastPlan.changes() > 0); i++) {
        System.out.println(
            "  (the plan right after the apply failed or shows changes; again in 5 s)");
        sleep();
        lastPlan = report("plan, no change (again)", operations.plan(mesh));
      }
      if (lastPlan.ok()) {
        lastPlan.requests().ifPresent(requests::add);
      }
      int changed = MeshEdits.changeOnePercent(MeshPlan.of(size), mesh);
      report("plan, " + changed + " products (1%) changed", operations.plan(mesh));
    }
    int largest = options.sizes().get(options.sizes().size() - 1);
    String at = String.format("%,d products", largest);
    targets.seconds("no-change plan, " + at, 15, seconds(lastPlan), lastPlan.ok());
    targets.seconds("apply from empty, " + at, 90, seconds(lastApply), lastApply.ok());
    targets.requestGrowth("kafka requests per no-change plan", options.sizes(), requests);
    servers.stop(registry);
    servers.stop(kafka);
  }

  private Path generate(int size, String bootstrap, String registryUrl) {
    Path mesh = servers.root().resolve("mesh-schemas-" + size);
    long start = System.nanoTime();
    int files =
        new MeshGenerator(
                LocalDate.now(ZoneOffset.UTC),
                true,
                BenchEnvironment.file(
                    bootstrap, Optional.of(registryUrl), options.brokers(), "s" + size + "."))
            .generate(MeshPlan.of(size), mesh);
    System.out.printf(
        "%ngenerated %,d files for %,d products in %.1f s%n",
        files, size, (System.nanoTime() - start) / 1e9);
    return mesh;
  }

  static MeshOperations.Outcome report(String what, MeshOperations.Outcome outcome) {
    System.out.printf("  %-34s %s%n", what, outcome.line());
    outcome.problems().forEach(p -> System.out.println("      problem: " + p));
    return outcome;
  }

  static double seconds(MeshOperations.Outcome outcome) {
    return outcome.took().toNanos() / 1e9;
  }

  static void sleep() {
    try {
      Thread.sleep(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
