package dev.meshcode.provider.kafka;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.protocol.Errors;

/**
 * The topic-level configs of the topics a read found, asking only for the keys the plan compares
 * (see {@link BrokerChannel} for why not {@code Admin.describeConfigs}). A topic with no key to
 * compare is not asked about at all. Requests per read: one {@code describeConfigs} for all topics,
 * plus one per visibility retry, whatever the number of topics, on a connection of its own to a
 * bootstrap server.
 */
final class TopicConfigReader {
  private final Map<String, Object> clientConfig;
  private final KafkaRequestCounter counter;
  private final KafkaCalls calls;
  private final Duration visibilityTimeout;

  TopicConfigReader(
      Map<String, Object> clientConfig,
      KafkaRequestCounter counter,
      KafkaCalls calls,
      Duration visibilityTimeout) {
    this.clientConfig = Map.copyOf(clientConfig);
    this.counter = counter;
    this.calls = calls;
    this.visibilityTimeout = visibilityTimeout;
  }

  /**
   * The configs of each of {@code names} (empty for a topic without keys in {@code scope}); a topic
   * whose configs fail goes to the failures. A topic just described may be unknown for a moment to
   * the broker that answers (its metadata lags the controller): those are asked again, with
   * backoff, until the visibility timeout.
   */
  Map<String, Map<String, String>> read(
      Collection<String> names, TopicScope scope, List<TopicOutcome> failures) {
    return read(names, scope, failures, name -> true, brokers());
  }

  /**
   * The same, asking the brokers {@code brokers} found; a topic unknown to the broker is asked
   * again only while {@code stillWanted} says so (the listing running meanwhile may show that it
   * does not exist: then there is nothing to wait for).
   */
  Map<String, Map<String, String>> read(
      Collection<String> names,
      TopicScope scope,
      List<TopicOutcome> failures,
      Predicate<String> stillWanted,
      Brokers brokers) {
    Map<String, Map<String, String>> configs = new TreeMap<>();
    Map<String, SortedSet<String>> keyed = new TreeMap<>();
    for (String name : names) {
      SortedSet<String> keys = scope.configKeys(name);
      if (keys.isEmpty()) {
        configs.put(name, Map.of());
      } else {
        keyed.put(name, keys);
      }
    }
    if (!keyed.isEmpty()) {
      ask(keyed, configs, failures, stillWanted, brokers);
    }
    return configs;
  }

  private void ask(
      Map<String, SortedSet<String>> keyed,
      Map<String, Map<String, String>> configs,
      List<TopicOutcome> failures,
      Predicate<String> stillWanted,
      Brokers brokers) {
    Set<String> answered = new TreeSet<>();
    try (BrokerChannel channel =
        BrokerChannel.open(clientConfig, brokers.nodes(), calls.timeout(), counter)) {
      Backoff backoff = new Backoff(visibilityTimeout, "new topics to appear");
      Map<String, String> unknown = askOnce(channel, keyed, configs, failures, answered);
      while (!unknown.isEmpty() && backoff.timeLeft()) {
        backoff.pause();
        unknown.keySet().removeIf(stillWanted.negate());
        if (unknown.isEmpty()) {
          break;
        }
        Map<String, SortedSet<String>> again = new TreeMap<>(keyed);
        again.keySet().retainAll(unknown.keySet());
        unknown = askOnce(channel, again, configs, failures, answered);
      }
      unknown.forEach((name, message) -> failures.add(TopicOutcome.failed(name, message)));
      answered.addAll(unknown.keySet());
    } catch (IOException | KafkaException e) {
      // No connection, a refused login, a dropped request: every topic not answered yet failed.
      String why = calls.describe(e);
      keyed.keySet().stream()
          .filter(name -> !answered.contains(name))
          .forEach(name -> failures.add(TopicOutcome.failed(name, why)));
    }
  }

  /**
   * One request. Returns the topics the broker did not know yet, each with its message; puts the
   * others into {@code configs} or {@code failures}, and their names into {@code answered}.
   */
  private Map<String, String> askOnce(
      BrokerChannel channel,
      Map<String, SortedSet<String>> keyed,
      Map<String, Map<String, String>> configs,
      List<TopicOutcome> failures,
      Set<String> answered)
      throws IOException {
    counter.record("describeConfigs");
    Map<String, String> unknown = new TreeMap<>();
    channel
        .describe(keyed)
        .forEach(
            (name, answer) -> {
              String message =
                  answer.error() == Errors.NONE
                      ? ""
                      : calls.describe(answer.error().exception(answer.message()));
              if (answer.error() == Errors.UNKNOWN_TOPIC_OR_PARTITION) {
                unknown.put(name, message);
                return;
              }
              answered.add(name);
              if (answer.error() == Errors.NONE) {
                configs.put(name, answer.values());
              } else {
                failures.add(TopicOutcome.failed(name, message));
              }
            });
    return unknown;
  }

  /** The brokers to ask, looked up once: at the first read that needs them, or ahead of it. */
  Brokers brokers() {
    return new Brokers();
  }

  /**
   * The brokers to ask: the bootstrap servers of the client configuration, resolved once and shared
   * by what one topic read asks on connections of its own (the listing, {@link ClusterTopics}, and
   * the early and late config reads). Any broker answers a Metadata request and the topic configs,
   * so these connections need not wait for the Admin to bootstrap and describe the cluster first
   * (0.3 s on a cold JVM, before the slowest request of a large read could go); they use the same
   * addresses, security settings and host names as the Admin's own bootstrap connection.
   */
  final class Brokers {
    private Optional<List<Node>> resolved = Optional.empty();

    /** Resolves the addresses now, unless that was done. */
    Brokers ask() {
      try {
        nodes();
      } catch (KafkaException e) {
        // reported by the read that needs the brokers
      }
      return this;
    }

    synchronized List<Node> nodes() {
      if (resolved.isEmpty()) {
        resolved = Optional.of(BrokerChannel.bootstrapNodes(clientConfig));
      }
      return resolved.get();
    }
  }
}
