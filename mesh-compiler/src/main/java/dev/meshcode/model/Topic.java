package dev.meshcode.model;

import java.util.Map;
import java.util.Optional;

/**
 * A product's Kafka topic as declared, with the mesh defaults already applied.
 *
 * @param name the topic name: declared, or derived from the mesh naming convention
 * @param partitions number of partitions
 * @param replicationFactor replication factor
 * @param configs topic configs by Kafka key ({@code retention.ms}, {@code cleanup.policy}, …);
 *     values kept as the strings Kafka's admin API takes; sorted by key
 */
public record Topic(
    String name, int partitions, int replicationFactor, Map<String, String> configs) {

  public Topic {
    configs = Map.copyOf(configs);
  }

  public Optional<String> config(String key) {
    return Optional.ofNullable(configs.get(key));
  }
}
