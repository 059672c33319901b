package dev.meshcode.policy.builtin;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Topic;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding.Violation;
import java.util.Optional;

/**
 * A numeric topic setting as a rule judges it: partitions, replication factor, or a config that
 * Kafka defaults when unset ({@code min.insync.replicas} = 1, {@code retention.ms} = 7 days).
 *
 * @param label how messages name it
 * @param path its Origin path, where violations point
 * @param key how the descriptor spells it, for hints
 */
record TopicSetting(String label, String path, String key, Optional<Long> kafkaDefault) {

  static final TopicSetting PARTITIONS =
      new TopicSetting("partitions", "topic/partitions", "topic.partitions", Optional.empty());
  static final TopicSetting REPLICATION_FACTOR =
      new TopicSetting(
          "replication factor",
          "topic/replicationFactor",
          "topic.replicationFactor",
          Optional.empty());
  static final TopicSetting MIN_INSYNC_REPLICAS = config("min.insync.replicas", 1L);
  static final TopicSetting RETENTION_MS = config("retention.ms", 604_800_000L);

  private static TopicSetting config(String name, long kafkaDefault) {
    return new TopicSetting(
        name, "topic/configs/" + name, "topic.configs." + name, Optional.of(kafkaDefault));
  }

  /**
   * The value as declared or defaulted, with words for messages: {@code 1 (unset, Kafka's
   * default)}.
   */
  record Value(long number, String described) {}

  /** The product's value; empty when the declared config is not a whole number. */
  Optional<Value> read(Topic topic) {
    if (this.equals(PARTITIONS)) {
      return Optional.of(new Value(topic.partitions(), String.valueOf(topic.partitions())));
    }
    if (this.equals(REPLICATION_FACTOR)) {
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
