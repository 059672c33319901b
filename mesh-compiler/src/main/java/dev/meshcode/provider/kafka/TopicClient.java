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

  /** Requests sent on the wire so far (0 when unknown, as for a test double). */
  default long wireRequests() {
    return 0;
  }

  @Override
  void close();
}
