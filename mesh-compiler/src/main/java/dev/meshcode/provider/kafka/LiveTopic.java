package dev.meshcode.provider.kafka;

import java.util.Map;
import java.util.TreeMap;

/**
 * A topic as Kafka has it.
 *
 * @param configs only the configs set on the topic itself (source {@code DYNAMIC_TOPIC_CONFIG}), so
 *     broker and static defaults never look like drift
 */
public record LiveTopic(
    String name, int partitions, short replicationFactor, Map<String, String> configs) {

  public LiveTopic {
    configs = new TreeMap<>(configs);
  }
}
