package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Formats each node's storage once ({@code kafka.tools.StorageTool format}); a node that has its
 * {@code meta.properties} keeps its data, so a restart finds the topics it left.
 */
final class KafkaStorage {
  private static final List<String> FORMAT_HEAP = List.of("-Xmx128m");

  private KafkaStorage() {}

  /** The cluster id of the already formatted nodes, or a new one. */
  static String clusterId(Path dataDir, List<KafkaNode> nodes) {
    for (KafkaNode node : nodes) {
      Optional<String> id = readClusterId(node.logDir(dataDir).resolve("meta.properties"));
      if (id.isPresent()) {
        return id.get();
      }
    }
    return Uuid.randomUuid().toString();
  }

  /** Formats the nodes that are not yet formatted, in parallel. */
  static void formatMissing(KafkaBrokerOptions options, List<KafkaNode> nodes, String clusterId) {
    Path dataDir = options.dataDir();
    List<Process> running = new ArrayList<>();
    List<KafkaNode> formatting = new ArrayList<>();
    for (KafkaNode node : nodes) {
      if (!node.formatted(dataDir)) {
        List<String> command = KafkaProcesses.java(options, FORMAT_HEAP, false);
        command.addAll(
            List.of(
                "kafka.tools.StorageTool",
                "format",
                "-t",
                clusterId,
                "-c",
                node.configFile(dataDir).toString()));
        running.add(KafkaProcesses.launch(command, formatLog(dataDir, node), dataDir));
        formatting.add(node);
      }
    }
    for (int i = 0; i < running.size(); i++) {
      awaitFormat(running.get(i), formatLog(dataDir, formatting.get(i)));
    }
  }

  /**
   * Fails if a process this launcher does not know (say, one whose state file was deleted) still
   * holds a node's data: starting a second broker on the same metadata log would damage it. Kafka
   * holds a file lock on {@code .lock} in each log directory while it runs.
   */
  static void requireUnused(Path dataDir, List<KafkaNode> nodes) {
    for (KafkaNode node : nodes) {
      Path lock = node.logDir(dataDir).resolve(".lock");
      if (Files.isRegularFile(lock) && isLocked(lock)) {
        throw new KafkaBrokerException(
            "another Kafka process still uses "
                + node.logDir(dataDir)
                + "; stop it before starting this cluster");
      }
    }
  }

  private static boolean isLocked(Path lock) {
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock held = channel.tryLock()) {
      return held == null;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot check the lock " + lock, e);
    }
  }

  private static void awaitFormat(Process process, Path log) {
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new KafkaBrokerException("formatting the Kafka storage timed out; see " + log);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new KafkaBrokerException("interrupted while formatting the Kafka storage", e);
    }
    if (process.exitValue() != 0) {
      throw new KafkaBrokerException(
          "formatting the Kafka storage failed (exit "
              + process.exitValue()
              + "), "
              + log
              + ":\n"
              + KafkaProcesses.tail(log, 20));
    }
  }

  private static Path formatLog(Path dataDir, KafkaNode node) {
    return node.dir(dataDir).resolve("format.log");
  }

  private static Optional<String> readClusterId(Path metaProperties) {
    if (!Files.isRegularFile(metaProperties)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(metaProperties, StandardCharsets.UTF_8)) {
      p.load(in);
      return Optional.ofNullable(p.getProperty("cluster.id"));
    } catch (IOException e) {
      throw new KafkaBrokerException("unreadable " + metaProperties, e);
    }
  }
}
