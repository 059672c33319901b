package dev.meshcode.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options of {@link PlanApplyBenchmark}.
 *
 * @param mode {@code all} (the parent: starts servers, runs everything), or a child mode: {@code
 *     topics-apply} or {@code topics-plan} on {@code mesh}
 * @param brokers Kafka nodes (1 or 3)
 * @param sizes product counts of the runs with schemas, smallest first
 * @param topics topic count of the topics-alone runs
 * @param schemas run the scenario with schemas (needs Apicurio)
 * @param topicsAlone run the topics-alone scenario (forked processes)
 * @param apicurio an unpacked Apicurio Registry distribution; empty to look in {@code
 *     mesh-sandbox/target}
 * @param mesh the mesh of a child mode
 * @param keep keep the temporary folder (the servers are stopped anyway)
 */
record PlanApplyOptions(
    String mode,
    int brokers,
    List<Integer> sizes,
    int topics,
    boolean schemas,
    boolean topicsAlone,
    Optional<Path> apicurio,
    Optional<Path> mesh,
    boolean keep) {

  static final String USAGE =
      "usage: PlanApplyBenchmark [--brokers 1|3] [--sizes 1000,10000] [--topics 10000]"
          + " [--no-schemas] [--no-topics] [--apicurio DIST_DIR] [--keep]\n"
          + "       PlanApplyBenchmark --mode topics-apply|topics-plan --mesh DIR";

  static PlanApplyOptions parse(List<String> args) {
    String mode = "all";
    int brokers = 1;
    List<Integer> sizes = List.of(1_000, 10_000);
    int topics = 10_000;
    boolean schemas = true;
    boolean topicsAlone = true;
    Optional<Path> apicurio = Optional.empty();
    Optional<Path> mesh = Optional.empty();
    boolean keep = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--mode" -> mode = value(args, ++i);
        case "--brokers" -> brokers = Integer.parseInt(value(args, ++i));
        case "--sizes" -> sizes = sizes(value(args, ++i));
        case "--topics" -> topics = Integer.parseInt(value(args, ++i));
        case "--no-schemas" -> schemas = false;
        case "--no-topics" -> topicsAlone = false;
        case "--apicurio" -> apicurio = Optional.of(Path.of(value(args, ++i)));
        case "--mesh" -> mesh = Optional.of(Path.of(value(args, ++i)));
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
      }
    }
    if (brokers < 1 || brokers > 9) {
      throw new IllegalArgumentException("--brokers must be between 1 and 9\n" + USAGE);
    }
    if (!mode.equals("all") && mesh.isEmpty()) {
      throw new IllegalArgumentException("--mode " + mode + " needs --mesh\n" + USAGE);
    }
    return new PlanApplyOptions(
        mode, brokers, sizes, topics, schemas, topicsAlone, apicurio, mesh, keep);
  }

  private static List<Integer> sizes(String text) {
    List<Integer> sizes = new ArrayList<>();
    for (String part : text.split(",")) {
      sizes.add(Integer.parseInt(part.trim()));
    }
    return List.copyOf(sizes);
  }

  private static String value(List<String> args, int i) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(args.get(i - 1) + " needs a value\n" + USAGE);
    }
    return args.get(i);
  }
}
