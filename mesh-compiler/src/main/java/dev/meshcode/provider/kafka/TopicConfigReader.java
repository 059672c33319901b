package dev.meshcode.provider.kafka;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.protocol.Errors;

/**
 * The topic-level configs of the topics a read found, asking only for the keys the plan compares
 * (see {@link TopicConfigChannel} for why not {@code Admin.describeConfigs}). A topic with no key
 * to compare is not asked about at all. Requests per read: one {@code describeCluster} (which
 * broker to ask) and one {@code describeConfigs} for all topics, plus one per visibility retry,
 * whatever the number of topics.
 */
final class TopicConfigReader {
  private static final long FIRST_RETRY_MILLIS = 50;
  private static final long MAX_RETRY_MILLIS = 1_000;

  private final Admin admin;
  private final Map<String, Object> clientConfig;
  private final KafkaRequestCounter counter;
  private final KafkaCalls calls;
  private final Duration visibilityTimeout;

  TopicConfigReader(
      Admin admin,
      Map<String, Object> clientConfig,
      KafkaRequestCounter counter,
      KafkaCalls calls,
      Duration visibilityTimeout) {
    this.admin = admin;
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
    try (TopicConfigChannel channel =
        TopicConfigChannel.open(clientConfig, brokers.nodes(), calls.timeout(), counter)) {
      long deadline = System.nanoTime() + visibilityTimeout.toNanos();
      long backoff = FIRST_RETRY_MILLIS;
      Map<String, String> unknown = askOnce(channel, keyed, configs, failures, answered);
      while (!unknown.isEmpty() && System.nanoTime() < deadline) {
        pause(backoff);
        unknown.keySet().removeIf(stillWanted.negate());
        backoff = Math.min(MAX_RETRY_MILLIS, 2 * backoff);
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
      TopicConfigChannel channel,
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
   * The cluster's brokers, from one {@code describeCluster} sent at most once, and shared by what
   * one topic read asks on connections of its own: the listing ({@link ClusterTopics}) and the
   * early and late config reads. {@link #ask()} sends it before any of them needs it, so the Admin
   * connects and asks while the caller goes on.
   */
  final class Brokers {
    private Optional<KafkaFuture<Collection<Node>>> pending = Optional.empty();

    /** Sends the lookup now, unless it was sent. */
    Brokers ask() {
      lookup();
      return this;
    }

    private synchronized KafkaFuture<Collection<Node>> lookup() {
      if (pending.isEmpty()) {
        counter.record("describeCluster");
        pending =
            Optional.of(
                admin
                    .describeCluster(new DescribeClusterOptions().timeoutMs(calls.timeoutMs()))
                    .nodes());
      }
      return pending.get();
    }

    List<Node> nodes() throws IOException {
      KafkaFuture<Collection<Node>> nodes = lookup();
      calls.awaitAll(List.of(nodes));
      Optional<Throwable> failure = calls.failure(nodes);
      if (failure.isPresent() && failure.get() instanceof KafkaException) {
        throw (KafkaException) failure.get();
      }
      if (failure.isPresent()) {
        throw new IOException(failure.get().getMessage(), failure.get());
      }
      List<Node> found = new ArrayList<>(calls.value(nodes));
      if (found.isEmpty()) {
        throw new IOException("the cluster shows no broker to ask for topic configs");
      }
      return found;
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaProviderException("interrupted while waiting for new topics to appear");
    }
  }
}
