package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The calls {@link KafkaProvider} makes, as {@link KafkaTopics} offers them: the seam that lets the
 * change-to-call mapping be tested without a broker.
 */
interface TopicClient extends AutoCloseable {

  TopicRead read(TopicScope scope);

  List<TopicOutcome> create(List<TopicSpec> topics);

  List<TopicOutcome> alterConfigs(List<ConfigChange> changes);

  List<TopicOutcome> increasePartitions(List<PartitionIncrease> increases);

  List<TopicOutcome> delete(List<String> names);

  Set<String> awaitVisible(Collection<String> names, Duration timeout);

  Set<String> awaitGone(Collection<String> names, Duration timeout);

  /**
   * Every key of the ownership log: topic names, and {@code <kind>:<name>} for what else meshcode
   * created (a topic name never holds a colon, so the two never meet). Empty for a test double.
   */
  default Set<String> ownershipKeys() {
    return Set.of();
  }

  /** Writes {@code keys} to the ownership log ({@code created}) or tombstones them. */
  default void writeOwnership(Collection<String> keys, boolean created) {}

  /** Requests sent on the wire so far (0 when unknown, as for a test double). */
  default long wireRequests() {
    return 0;
  }

  @Override
  void close();
}
