package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What a launcher started, recorded in {@value #FILE_NAME} in the data directory so that another
 * JVM (a later {@code mesh:sandbox-stop}, or a restart) finds the processes and ports.
 *
 * @param clusterId the KRaft cluster id the storage was formatted with
 * @param nodes the nodes and their ports
 * @param pids the process id of each node, in the order of {@code nodes}; -1 when stopped
 * @param startedAt when each process started (epoch milliseconds), to tell it from a reused pid
 */
public record KafkaBrokerState(
    String clusterId, List<KafkaNode> nodes, List<Long> pids, List<Long> startedAt) {
  public static final String FILE_NAME = "kafka-state.properties";

  public KafkaBrokerState {
    nodes = List.copyOf(nodes);
    pids = List.copyOf(pids);
    startedAt = List.copyOf(startedAt);
  }

  /** The same cluster with no process running. */
  KafkaBrokerState stopped() {
    List<Long> none = nodes.stream().map(n -> -1L).collect(Collectors.toList());
    return new KafkaBrokerState(clusterId, nodes, none, none);
  }

  /** The bootstrap servers, for example {@code 127.0.0.1:40123}. */
  public String bootstrap() {
    return nodes.stream().map(KafkaNode::address).collect(Collectors.joining(","));
  }

  public static Optional<KafkaBrokerState> read(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return Optional.of(parse(p));
    } catch (IOException | RuntimeException e) {
      throw new KafkaBrokerException("unreadable broker state file " + file + ": " + e, e);
    }
  }

  private static KafkaBrokerState parse(Properties p) {
    int count = Integer.parseInt(p.getProperty("nodes"));
    List<KafkaNode> nodes = new ArrayList<>();
    List<Long> pids = new ArrayList<>();
    List<Long> startedAt = new ArrayList<>();
    for (int id = 1; id <= count; id++) {
      String key = "node." + id + ".";
      nodes.add(
          new KafkaNode(
              id,
              Integer.parseInt(p.getProperty(key + "port")),
              Integer.parseInt(p.getProperty(key + "controller.port"))));
      pids.add(Long.parseLong(p.getProperty(key + "pid", "-1")));
      startedAt.add(Long.parseLong(p.getProperty(key + "started.at", "-1")));
    }
    return new KafkaBrokerState(p.getProperty("cluster.id"), nodes, pids, startedAt);
  }

  void write(Path dataDir) {
    Properties p = new Properties();
    p.setProperty("cluster.id", clusterId);
    p.setProperty("bootstrap", bootstrap());
    p.setProperty("nodes", Integer.toString(nodes.size()));
    for (int i = 0; i < nodes.size(); i++) {
      KafkaNode node = nodes.get(i);
      String key = "node." + node.id() + ".";
      p.setProperty(key + "port", Integer.toString(node.port()));
      p.setProperty(key + "controller.port", Integer.toString(node.controllerPort()));
      p.setProperty(key + "pid", Long.toString(pids.get(i)));
      p.setProperty(key + "started.at", Long.toString(startedAt.get(i)));
    }
    Path file = dataDir.resolve(FILE_NAME);
    Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(out, "Kafka started by meshcode's sandbox launcher; delete only when it is stopped");
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot write " + file, e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot write " + file, e);
    }
  }

  static void delete(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(FILE_NAME));
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot delete the state file in " + dataDir, e);
    }
  }
}
