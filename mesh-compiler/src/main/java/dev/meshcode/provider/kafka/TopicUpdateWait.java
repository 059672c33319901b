package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Waits until Kafka describes updated topics as changed. A broker answers describe calls from its
 * metadata image, which can lag the controller that accepted the change for a moment; without the
 * wait, a plan right after an apply could show the same update again.
 */
final class TopicUpdateWait {

  private final TopicClient topics;
  private final Map<String, Integer> partitions = new HashMap<>();
  private final Map<String, ConfigChange> configs = new HashMap<>();

  TopicUpdateWait(TopicClient topics) {
    this.topics = topics;
  }

  void expectPartitions(PartitionIncrease increase) {
    partitions.put(increase.topic(), increase.totalPartitions());
  }

  void expectConfigs(ConfigChange change) {
    configs.put(change.topic(), change);
  }

  /** The topics still not shown as changed at the timeout. */
  Set<String> await(Duration timeout) {
    Set<String> left = new TreeSet<>(partitions.keySet());
    left.addAll(configs.keySet());
    Backoff backoff = new Backoff(timeout, "Kafka to show an update");
    while (!left.isEmpty()) {
      TopicRead read = topics.read(scope(left));
      left.removeIf(name -> shown(read.topics().get(name)));
      if (left.isEmpty() || !backoff.timeLeft()) {
        break;
      }
      backoff.pause();
    }
    return left;
  }

  /** The topics left, each with the config keys its change sets or deletes. */
  private TopicScope scope(Set<String> left) {
    Map<String, Set<String>> keys = new TreeMap<>();
    for (String name : left) {
      Set<String> changed = new TreeSet<>();
      ConfigChange change = configs.get(name);
      if (change != null) {
        changed.addAll(change.set().keySet());
        changed.addAll(change.delete());
      }
      keys.put(name, changed);
    }
    return TopicScope.exactly(keys);
  }

  private boolean shown(LiveTopic live) {
    if (live == null) {
      return false;
    }
    Integer wanted = partitions.get(live.name());
    if (wanted != null && live.partitions() < wanted) {
      return false;
    }
    ConfigChange change = configs.get(live.name());
    if (change == null) {
      return true;
    }
    boolean set =
        change.set().entrySet().stream()
            .allMatch(e -> e.getValue().equals(live.configs().get(e.getKey())));
    return set && change.delete().stream().noneMatch(live.configs()::containsKey);
  }
}
