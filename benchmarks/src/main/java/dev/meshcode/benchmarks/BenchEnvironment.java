package dev.meshcode.benchmarks;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code bench} environment of a generated mesh: the local servers, replication factor and
 * {@code min.insync.replicas} capped at the broker count, partitions scaled to one per topic (the
 * generated products declare 3–96), and a topic prefix per run so that runs on one cluster never
 * share a topic or subject.
 */
final class BenchEnvironment {

  static final String NAME = "bench";

  /** 96 × 0.01 rounds up to 1: every topic gets one partition. */
  static final String PARTITION_SCALE = "0.01";

  private BenchEnvironment() {}

  /** File name (under {@code environments/}) → content. */
  static Map<String, String> file(
      String bootstrap, Optional<String> registryUrl, int brokers, String topicPrefix) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("apiVersion: meshcode.dev/v1\n")
        .append("kind: Environment\n")
        .append("name: ")
        .append(NAME)
        .append('\n')
        .append("description: The local servers PlanApplyBenchmark started\n")
        .append("kafka:\n  bootstrapServers: \"")
        .append(bootstrap)
        .append("\"\n");
    registryUrl.ifPresent(url -> yaml.append("schemaRegistry:\n  url: \"" + url + "\"\n"));
    yaml.append("overrides:\n")
        .append("  maxReplicationFactor: ")
        .append(brokers)
        .append('\n')
        .append("  maxMinInsyncReplicas: ")
        .append(Math.min(brokers, 2))
        .append('\n')
        .append("  partitionScale: ")
        .append(PARTITION_SCALE)
        .append('\n')
        .append("  topicPrefix: ")
        .append(topicPrefix)
        .append('\n');
    return Map.of(NAME + ".yaml", yaml.toString());
  }
}
