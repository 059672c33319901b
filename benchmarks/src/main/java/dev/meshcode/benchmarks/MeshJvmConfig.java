package dev.meshcode.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options a mesh repository gives Maven in {@code .mvn/jvm.config}, read from the example
 * mesh of this project: the topics-alone children run with exactly what {@code mvn mesh:plan} runs
 * with in that repository. Maven joins the file's lines with spaces and has no comments there, so
 * neither has this reader.
 */
final class MeshJvmConfig {

  static final String FILE = "example-mesh-repo/.mvn/jvm.config";

  private MeshJvmConfig() {}

  /** The options, from the project root or the benchmarks module; empty when there is no file. */
  static Optional<List<String>> read() {
    for (Path candidate : List.of(Path.of(FILE), Path.of("..", FILE))) {
      if (Files.isRegularFile(candidate)) {
        return Optional.of(parse(candidate));
      }
    }
    return Optional.empty();
  }

  private static List<String> parse(Path file) {
    try {
      String text = Files.readString(file).strip();
      return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
