package dev.meshcode.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Waits until every node is registered: an admin {@code describeCluster} lists all of them. */
final class KafkaReadiness {
  private static final long POLL_MILLIS = 200;

  private KafkaReadiness() {}

  static void await(
      KafkaBrokerState state,
      List<ProcessHandle> processes,
      Path dataDir,
      Duration timeout,
      KafkaSecurity security) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> config = new HashMap<>(security.clientConfig());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, state.bootstrap());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        requireAlive(state, processes, dataDir);
        if (registeredNodes(admin) >= state.nodes().size()) {
          return;
        }
        sleep();
      }
    }
    throw new KafkaBrokerException(
        "Kafka at "
            + state.bootstrap()
            + " did not become ready within "
            + timeout.toSeconds()
            + " s; see "
            + state.nodes().get(0).logFile(dataDir));
  }

  private static int registeredNodes(Admin admin) {
    try {
      return admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).size();
    } catch (ExecutionException | TimeoutException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaBrokerException("interrupted while waiting for Kafka", e);
    }
  }

  private static void requireAlive(
      KafkaBrokerState state, List<ProcessHandle> processes, Path dataDir) {
    for (int i = 0; i < processes.size(); i++) {
      if (!processes.get(i).isAlive()) {
        Path log = state.nodes().get(i).logFile(dataDir);
        throw new KafkaBrokerException(
            "Kafka node "
                + (i + 1)
                + " exited while starting; "
                + log
                + ":\n"
                + KafkaProcesses.tail(log, 30));
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaBrokerException("interrupted while waiting for Kafka", e);
    }
  }
}
