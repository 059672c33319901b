package dev.meshcode.sandbox;

import java.nio.file.Path;

/**
 * One combined broker+controller node of a local cluster.
 *
 * @param id the KRaft node id, 1-based
 * @param port the client listener on 127.0.0.1
 * @param controllerPort the controller listener on 127.0.0.1
 */
public record KafkaNode(int id, int port, int controllerPort) {

  public String address() {
    return "127.0.0.1:" + port;
  }

  /** The node's own directory under the cluster's data directory. */
  Path dir(Path dataDir) {
    return dataDir.resolve("node-" + id);
  }

  Path configFile(Path dataDir) {
    return dir(dataDir).resolve("server.properties");
  }

  Path logFile(Path dataDir) {
    return dir(dataDir).resolve("broker.log");
  }

  Path logDir(Path dataDir) {
    return dir(dataDir).resolve("data");
  }

  boolean formatted(Path dataDir) {
    return logDir(dataDir).resolve("meta.properties").toFile().isFile();
  }
}
