package dev.meshcode.policy.builtin;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Topic;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding.Violation;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A numeric topic setting as rules judge it: partitions, replication factor, or a config that Kafka
 * defaults when unset ({@code min.insync.replicas} = 1, {@code retention.ms} = 7 days), judged at
 * that default because that is what the broker will enforce.
 */
enum TopicSetting {
  PARTITIONS("partitions", "topic/partitions", "topic.partitions", OptionalLong.empty()),
  REPLICATION_FACTOR(
      "replication factor",
      "topic/replicationFactor",
      "topic.replicationFactor",
      OptionalLong.empty()),
  MIN_INSYNC_REPLICAS(
      "min.insync.replicas",
      "topic/configs/min.insync.replicas",
      "topic.configs.min.insync.replicas",
      OptionalLong.of(1)),
  RETENTION_MS(
      "retention.ms",
      "topic/configs/retention.ms",
      "topic.configs.retention.ms",
      OptionalLong.of(604_800_000L));

  private final String label;
  private final String path;
  private final String key;
  private final OptionalLong kafkaDefault;

  /**
   * @param label how messages name it (for a config: its Kafka key)
   * @param path its Origin path, where violations point
   * @param key how the descriptor spells it, for hints
   */
  TopicSetting(String label, String path, String key, OptionalLong kafkaDefault) {
    this.label = label;
    this.path = path;
    this.key = key;
    this.kafkaDefault = kafkaDefault;
  }

  String label() {
    return label;
  }

  String path() {
    return path;
  }

  String key() {
    return key;
  }

  /**
   * The value as declared or defaulted, with words for messages: {@code 1 (unset, Kafka's
   * default)}.
   */
  record Value(long number, String described) {}

  /** The product's value; empty when the declared config is not a whole number. */
  Optional<Value> read(Topic topic) {
    if (this == PARTITIONS) {
      return Optional.of(new Value(topic.partitions(), String.valueOf(topic.partitions())));
    }
    if (this == REPLICATION_FACTOR) {
      int rf = topic.replicationFactor();
      return Optional.of(new Value(rf, String.valueOf(rf)));
    }
    Optional<String> raw = topic.config(label);
    if (raw.isEmpty()) {
      long fallback = kafkaDefault.orElse(0L);
      return Optional.of(new Value(fallback, fallback + " (unset, Kafka's default)"));
    }
    try {
      long number = Long.parseLong(raw.get().trim());
      return Optional.of(new Value(number, String.valueOf(number)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Reported instead of judging a guess when {@link #read} found no number. */
  Violation notANumber(DataProduct product) {
    String raw = product.topic().config(label).orElse("");
    return new Violation(
        product.id() + " sets " + label + " to \"" + raw + "\", which is not a whole number.",
        "Set " + key + " to a whole number.",
        Fields.at(product, path));
  }
}
