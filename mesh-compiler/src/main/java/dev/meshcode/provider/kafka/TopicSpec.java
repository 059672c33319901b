package dev.meshcode.provider.kafka;

import java.util.Map;
import java.util.TreeMap;

/**
 * A topic to create.
 *
 * @param configs the declared topic configs only (the broker supplies the rest)
 */
public record TopicSpec(
    String name, int partitions, short replicationFactor, Map<String, String> configs) {

  public TopicSpec {
    if (partitions < 1 || replicationFactor < 1) {
      throw new IllegalArgumentException(
          "topic " + name + " needs at least 1 partition and 1 replica");
    }
    configs = new TreeMap<>(configs);
  }

  /**
   * What the KRaft controller writes for it: one topic record, one record per partition, one per
   * config, and (Kafka 4 with eligible leader replicas, the default) one more ClearElrRecord when
   * it sets {@code min.insync.replicas}. A CreateTopics request over 10,000 is rejected whole.
   */
  int metadataRecords() {
    return 1 + partitions + configs.size() + (configs.containsKey("min.insync.replicas") ? 1 : 0);
  }
}
