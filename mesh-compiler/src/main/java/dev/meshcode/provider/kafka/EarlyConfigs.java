package dev.meshcode.provider.kafka;

import dev.meshcode.provider.SideRead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The configs of the declared topics, read on a thread of their own while the cluster's topics are
 * listed and described: the requests go to the cluster at the same time, so a read costs the
 * longest of them instead of their sum. Which topics are still waited for narrows as the read
 * learns: every asked topic at first; once listed, those the listing shows or this adapter created
 * (a topic it does not know is not created yet, and not waited for); once described, those the
 * description found. Only the found topics count: one deleted in between is left out, as if it had
 * been read after.
 */
final class EarlyConfigs {

  private final List<TopicOutcome> failures = Collections.synchronizedList(new ArrayList<>());

  /** The topics still waited for, once the read knows; until then every topic is wanted. */
  private volatile Optional<Predicate<String>> wanted = Optional.empty();

  private final SideRead<Map<String, Map<String, String>>> configs;

  /** Starts the read last, once every field it uses is set. */
  private EarlyConfigs(
      TopicConfigReader reader,
      List<String> topics,
      TopicScope scope,
      TopicConfigReader.Brokers brokers) {
    this.configs =
        SideRead.start(
            "meshcode-topic-configs",
            () -> reader.read(topics, scope, failures, this::stillWanted, brokers));
  }

  static EarlyConfigs start(
      TopicConfigReader reader,
      Collection<String> names,
      TopicScope scope,
      TopicConfigReader.Brokers brokers) {
    return new EarlyConfigs(reader, List.copyOf(names), scope, brokers);
  }

  private boolean stillWanted(String topic) {
    return wanted.map(w -> w.test(topic)).orElse(true);
  }

  /** The listing is known: only listed topics, or those this adapter created, are waited for. */
  void narrow(Set<String> listed, Set<String> created) {
    Set<String> shown = Set.copyOf(listed);
    Set<String> made = Set.copyOf(created);
    this.wanted = Optional.of(topic -> shown.contains(topic) || made.contains(topic));
  }

  /** The configs of the {@code found} topics; their failures go to {@code into}. */
  Map<String, Map<String, String>> join(Set<String> found, List<TopicOutcome> into) {
    // a topic deleted since the listing is no longer waited for
    Set<String> described = Set.copyOf(found);
    this.wanted = Optional.of(described::contains);
    Map<String, Map<String, String>> read = configs.join();
    Map<String, Map<String, String>> kept = new TreeMap<>(read);
    kept.keySet().retainAll(found);
    synchronized (failures) {
      failures.stream().filter(f -> found.contains(f.topic())).forEach(into::add);
    }
    return kept;
  }
}
