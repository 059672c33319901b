package dev.meshcode.benchmarks;

import dev.meshcode.sandbox.ApicurioDistribution;
import dev.meshcode.sandbox.ApicurioOptions;
import dev.meshcode.sandbox.ApicurioRegistry;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The servers and the temporary folder of one benchmark run. Everything it starts is tied to this
 * JVM (the brokers exit when it ends, however it ends) and is stopped, and the folder deleted, by
 * {@link #close}, which the benchmark calls in a {@code finally} and from a shutdown hook.
 */
final class BenchServers implements AutoCloseable {

  /** A broker holding 10,000+ partitions needs more than the launcher's default 384 MB. */
  static final List<String> BROKER_JVM = List.of("-Xms256m", "-Xmx1g");

  private final Path root;
  private final boolean tmpfs;
  private final boolean keep;
  private final List<AutoCloseable> running = new ArrayList<>();

  private BenchServers(Path root, boolean tmpfs, boolean keep) {
    this.root = root;
    this.tmpfs = tmpfs;
    this.keep = keep;
  }

  /** A fresh temporary folder, on tmpfs ({@code /dev/shm}) when the machine has one. */
  static BenchServers create(boolean keep) {
    Path shm = Path.of("/dev/shm");
    boolean tmpfs = Files.isDirectory(shm) && Files.isWritable(shm);
    try {
      Path root =
          tmpfs
              ? Files.createTempDirectory(shm, "meshcode-planbench-")
              : Files.createTempDirectory("meshcode-planbench-");
      return new BenchServers(root, tmpfs, keep);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  Path root() {
    return root;
  }

  String storage() {
    return (tmpfs ? "tmpfs " : "disk ") + root;
  }

  synchronized KafkaBroker startKafka(String name, int nodes) {
    KafkaBrokerOptions options =
        KafkaBrokerOptions.of(root.resolve(name))
            .withNodes(nodes)
            .withJvmOptions(BROKER_JVM)
            .tiedToThisJvm(true);
    KafkaBroker broker = KafkaBroker.start(options);
    running.add(broker);
    return broker;
  }

  synchronized ApicurioRegistry startRegistry(Optional<Path> dist) {
    ApicurioDistribution distribution = ApicurioDistribution.of(findDist(dist));
    ApicurioRegistry registry =
        ApicurioRegistry.start(
            distribution,
            ApicurioRegistry.javaFor(distribution.release()),
            root.resolve("apicurio"),
            ApicurioOptions.defaults());
    running.add(registry);
    return registry;
  }

  /** Stops one server early (its data stays until {@link #close}). */
  synchronized void stop(AutoCloseable server) {
    if (running.remove(server)) {
      closeQuietly(server);
    }
  }

  @Override
  public synchronized void close() {
    for (int i = running.size() - 1; i >= 0; i--) {
      closeQuietly(running.get(i));
    }
    running.clear();
    if (!keep) {
      deleteTree(root);
    }
  }

  private static Path findDist(Optional<Path> given) {
    if (given.isPresent()) {
      return given.get();
    }
    for (String candidate :
        List.of("mesh-sandbox/target/apicurio-3.3.3", "../mesh-sandbox/target/apicurio-3.3.3")) {
      if (Files.isRegularFile(Path.of(candidate, "quarkus-run.jar"))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException(
        "no Apicurio Registry 3.3.3 under mesh-sandbox/target: build mesh-sandbox first"
            + " (./mvnw -pl mesh-sandbox -am install -DskipTests) or pass --apicurio DIR");
  }

  private static void closeQuietly(AutoCloseable server) {
    try {
      server.close();
    } catch (Exception e) {
      System.err.println("stopping " + server + ": " + e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      System.err.println("cannot delete " + dir + ": " + e);
    }
  }
}
