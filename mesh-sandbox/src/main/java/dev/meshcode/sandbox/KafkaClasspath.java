package dev.meshcode.sandbox;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The jar files of the forked broker. The Maven plugin passes the resolved artifacts of this
 * module; tests take the jars of their own classpath (Surefire sets {@code java.class.path} to the
 * real test classpath), which holds kafka_2.13 because the tests depend on this module.
 */
public final class KafkaClasspath {
  private KafkaClasspath() {}

  /**
   * The jar entries of {@code java.class.path}; fails if the Kafka server jar is not among them.
   */
  public static List<Path> fromThisJvm() {
    List<Path> jars =
        Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
            .filter(entry -> entry.endsWith(".jar"))
            .map(Path::of)
            .filter(Files::isRegularFile)
            .collect(Collectors.toList());
    requireBroker(jars);
    return jars;
  }

  static void requireBroker(List<Path> jars) {
    boolean found =
        jars.stream().anyMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"));
    if (!found) {
      throw new KafkaBrokerException(
          "no kafka_2.13 jar on the broker classpath ("
              + jars.size()
              + " jars); add org.apache.kafka:kafka_2.13 to the dependencies");
    }
  }

  /** The broker jars plus this module's own classes (for {@link KafkaBrokerWatchdog}). */
  static String join(List<Path> jars, boolean withSandboxClasses) {
    List<String> entries = new ArrayList<>();
    if (withSandboxClasses) {
      entries.add(sandboxLocation().toString());
    }
    jars.forEach(jar -> entries.add(jar.toAbsolutePath().toString()));
    return String.join(File.pathSeparator, entries);
  }

  private static Path sandboxLocation() {
    try {
      return Path.of(
          KafkaBrokerWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new KafkaBrokerException("cannot locate the mesh-sandbox classes", e);
    }
  }
}
