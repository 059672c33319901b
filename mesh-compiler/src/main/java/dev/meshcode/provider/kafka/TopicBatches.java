package dev.meshcode.provider.kafka;

import java.util.ArrayList;
import java.util.List;

/** Splits work into requests Kafka accepts. Pure. */
final class TopicBatches {
  private TopicBatches() {}

  /** Consecutive slices of at most {@code size} items. */
  static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return chunks;
  }

  /**
   * CreateTopics batches, in input order, each within both limits: metadata records (topic +
   * partitions + configs) and partitions. A topic that alone exceeds a limit goes in a batch of its
   * own, so Kafka rejects only that topic.
   */
  static List<List<TopicSpec>> forCreate(
      List<TopicSpec> topics, int maxRecords, int maxPartitions) {
    List<List<TopicSpec>> batches = new ArrayList<>();
    List<TopicSpec> current = new ArrayList<>();
    int records = 0;
    int partitions = 0;
    for (TopicSpec topic : topics) {
      boolean full =
          records + topic.metadataRecords() > maxRecords
              || partitions + topic.partitions() > maxPartitions;
      if (full && !current.isEmpty()) {
        batches.add(List.copyOf(current));
        current.clear();
        records = 0;
        partitions = 0;
      }
      current.add(topic);
      records += topic.metadataRecords();
      partitions += topic.partitions();
    }
    if (!current.isEmpty()) {
      batches.add(List.copyOf(current));
    }
    return batches;
  }
}
