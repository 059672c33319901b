package dev.meshcode.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures {@code mesh:plan} and {@code mesh:apply} against real local servers (Kafka in KRaft mode
 * and Apicurio Registry, started by {@code mesh-sandbox}'s launchers): apply from empty, a
 * no-change plan and a plan with 1% changed, with schemas at each size of {@code --sizes}; then
 * topics alone (no schemas) as whole forked processes. Prints the figures against the issue's
 * targets. Every server and the temporary folder are removed at the end, also on failure.
 *
 * <p>With {@code --mode topics-apply|topics-plan --mesh DIR} it is the forked child of the
 * topics-alone runs.
 */
public final class PlanApplyBenchmark {

  private PlanApplyBenchmark() {}

  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    PlanApplyOptions options;
    try {
      options = PlanApplyOptions.parse(Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (!options.mode().equals("all")) {
      System.exit(TopicsChild.run(options.mode(), options.mesh().orElseThrow()));
      return;
    }
    System.exit(runAll(options));
  }

  private static int runAll(PlanApplyOptions options) {
    BenchServers servers = BenchServers.create(options.keep());
    Thread hook = new Thread(servers::close, "planbench-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      printSetup(options, servers);
      PlanTargets targets = new PlanTargets();
      if (options.schemas()) {
        new SchemaScenario(options, servers, targets).run();
      } else {
        targets.notMeasured("plan/apply with schemas", "-", "skipped (--no-schemas)");
      }
      if (options.topicsAlone()) {
        new TopicsScenario(options, servers, targets).run();
      } else {
        targets.notMeasured("topics alone", "-", "skipped (--no-topics)");
      }
      targets.print();
      return 0;
    } catch (RuntimeException e) {
      System.out.println("benchmark failed: " + e);
      e.printStackTrace(System.out);
      return 1;
    } finally {
      servers.close();
      System.out.println(
          "cleaned up: servers stopped, "
              + (options.keep() ? "kept " : "deleted ")
              + servers.root());
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  private static void printSetup(PlanApplyOptions options, BenchServers servers) {
    Runtime rt = Runtime.getRuntime();
    System.out.println("== PlanApplyBenchmark ==");
    System.out.printf(
        "machine: %d cores, %s %s; JVM %s %s, max heap %d MiB, args %s%n",
        rt.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        rt.maxMemory() / (1024 * 1024),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.printf(
        "servers: Kafka %d node(s) (KRaft, broker JVM %s), data on %s%n",
        options.brokers(), BenchServers.BROKER_JVM, servers.storage());
    System.out.printf(
        "topics: 1 partition each (environment override partitionScale %s),"
            + " replication factor and min.insync.replicas capped at %d and %d%n",
        BenchEnvironment.PARTITION_SCALE, options.brokers(), Math.min(options.brokers(), 2));
  }
}
