package dev.meshcode.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options of {@link ValidateBenchmark}.
 *
 * @param products the largest mesh size; the benchmark also runs a tenth and a half of it
 * @param warmups unmeasured runs per size, so the JIT has compiled the hot paths
 * @param runs measured runs per size
 * @param directory where meshes are generated (a sub-folder per size, reused when present); empty
 *     for a temporary folder that is deleted afterwards
 * @param keep keep the temporary folder
 * @param onlyFull skip the smaller sizes
 */
record BenchmarkOptions(
    int products, int warmups, int runs, Optional<Path> directory, boolean keep, boolean onlyFull) {

  static final String USAGE =
      "usage: ValidateBenchmark [--products N] [--warmups N] [--runs N] [--dir PATH] [--keep]"
          + " [--only-full]";

  static BenchmarkOptions parse(List<String> args) {
    int products = 10_000;
    int warmups = 2;
    int runs = 5;
    Optional<Path> directory = Optional.empty();
    boolean keep = false;
    boolean onlyFull = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--products" -> products = atLeast(1, args, ++i);
        case "--warmups" -> warmups = atLeast(0, args, ++i);
        case "--runs" -> runs = atLeast(1, args, ++i);
        case "--dir" -> directory = Optional.of(Path.of(value(args, ++i)));
        case "--keep" -> keep = true;
        case "--only-full" -> onlyFull = true;
        default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
      }
    }
    return new BenchmarkOptions(products, warmups, runs, directory, keep, onlyFull);
  }

  /** The mesh sizes to run, smallest first: N/10, N/2 and N. */
  List<Integer> sizes() {
    if (onlyFull || products < 20) {
      return List.of(products);
    }
    return List.of(products / 10, products / 2, products);
  }

  private static int atLeast(int min, List<String> args, int i) {
    int n = Integer.parseInt(value(args, i));
    if (n < min) {
      throw new IllegalArgumentException(
          args.get(i - 1) + " must be at least " + min + "\n" + USAGE);
    }
    return n;
  }

  private static String value(List<String> args, int i) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(args.get(i - 1) + " needs a value\n" + USAGE);
    }
    return args.get(i);
  }
}
