package dev.meshcode.sandbox;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The jar files of the forked broker: kafka_2.13 and its runtime dependencies, which are this
 * module's dependencies, so whoever runs this module has them. Tests find them on their classpath
 * (Surefire sets {@code java.class.path} to the real test classpath), a Maven plugin in its class
 * realm; a caller may also pass the resolved artifact files itself.
 */
public final class KafkaClasspath {
  private KafkaClasspath() {}

  /**
   * The jars of this JVM that hold the broker: the entries of {@code java.class.path} (tests), or
   * else the jars of the class loaders that loaded this module (a Maven plugin's class realm is a
   * {@link URLClassLoader}). Fails if the Kafka server jar is in neither.
   */
  public static List<Path> fromThisJvm() {
    List<Path> jars =
        jars(Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
    if (!hasBroker(jars)) {
      jars = jars(classLoaderEntries(KafkaClasspath.class.getClassLoader()).stream());
    }
    requireBroker(jars);
    return jars;
  }

  static void requireBroker(List<Path> jars) {
    if (!hasBroker(jars)) {
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

  private static boolean hasBroker(List<Path> jars) {
    return jars.stream().anyMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"));
  }

  private static List<Path> jars(Stream<String> entries) {
    return entries
        .filter(entry -> entry.endsWith(".jar"))
        .map(Path::of)
        .filter(Files::isRegularFile)
        .distinct()
        .collect(Collectors.toList());
  }

  private static List<String> classLoaderEntries(ClassLoader loader) {
    List<String> entries = new ArrayList<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader) {
        for (URL url : ((URLClassLoader) l).getURLs()) {
          filePath(url).ifPresent(entries::add);
        }
      }
    }
    return entries;
  }

  private static Optional<String> filePath(URL url) {
    try {
      return url.getProtocol().equals("file")
          ? Optional.of(Path.of(url.toURI()).toString())
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
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
