package dev.meshcode.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a node's {@code server.properties} and log configuration. Loopback only, KRaft. */
final class KafkaNodeConfig {
  private KafkaNodeConfig() {}

  static void write(Path dataDir, KafkaNode node, List<KafkaNode> cluster, KafkaSecurity security) {
    try {
      Files.createDirectories(node.logDir(dataDir));
      Files.writeString(
          node.configFile(dataDir),
          serverProperties(dataDir, node, cluster, security),
          StandardCharsets.UTF_8);
      Files.writeString(log4jFile(dataDir), LOG4J, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot write the broker configuration in " + dataDir, e);
    }
  }

  static Path log4jFile(Path dataDir) {
    return dataDir.resolve("log4j2.properties");
  }

  static String serverProperties(
      Path dataDir, KafkaNode node, List<KafkaNode> cluster, KafkaSecurity security) {
    String client = security.protocol();
    String voters =
        cluster.stream()
            .map(n -> n.id() + "@127.0.0.1:" + n.controllerPort())
            .collect(Collectors.joining(","));
    int internalReplicas = Math.min(3, cluster.size());
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=" + node.id(),
        "controller.quorum.voters=" + voters,
        "listeners="
            + client
            + "://127.0.0.1:"
            + node.port()
            + ",CONTROLLER://127.0.0.1:"
            + node.controllerPort(),
        "advertised.listeners=" + client + "://127.0.0.1:" + node.port(),
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=" + client,
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT," + client + ":" + client,
        "log.dirs=" + node.logDir(dataDir),
        "num.partitions=1",
        // A read must never create a topic: the planner only ever describes.
        "auto.create.topics.enable=false",
        "offsets.topic.replication.factor=" + internalReplicas,
        "transaction.state.log.replication.factor=" + internalReplicas,
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=" + internalReplicas,
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        // The 128 MiB default would take a third of the small heap.
        "log.cleaner.dedupe.buffer.size=2097152",
        security.serverProperties());
  }

  private static final String LOG4J =
      String.join(
          "\n",
          "appender.out.type=Console",
          "appender.out.name=OUT",
          "appender.out.layout.type=PatternLayout",
          "appender.out.layout.pattern=[%d] %p %m (%c)%n",
          "rootLogger.level=WARN",
          "rootLogger.appenderRef.out.ref=OUT",
          // The start and stop lines, so the log shows each lifecycle.
          "logger.server.name=kafka.server.KafkaRaftServer",
          "logger.server.level=INFO",
          "");
}
