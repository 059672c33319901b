package dev.meshcode.provider.kafka;

import dev.meshcode.provider.SideRead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reads the topics of a scope: every topic of the cluster from one Metadata request ({@link
 * ClusterTopics}) and the configs the scope asks for (see {@link TopicConfigReader}), both at once;
 * a topic this adapter created that the cluster does not show yet is described by name.
 */
final class KafkaTopicReader {
  private final LazyAdmin admin;
  private final KafkaRequestCounter counter;
  private final KafkaTopicsOptions options;
  private final KafkaCalls calls;
  private final TopicConfigReader configReader;
  private final ClusterTopics clusterTopics;
  private final AtomicReference<Optional<Listing>> prefetched =
      new AtomicReference<>(Optional.empty());

  KafkaTopicReader(
      LazyAdmin admin,
      KafkaRequestCounter counter,
      KafkaTopicsOptions options,
      KafkaCalls calls,
      TopicConfigReader configReader,
      ClusterTopics clusterTopics) {
    this.admin = admin;
    this.counter = counter;
    this.options = options;
    this.calls = calls;
    this.configReader = configReader;
    this.clusterTopics = clusterTopics;
  }

  /**
   * Reads the scope: every topic of the cluster with its partitions, from one Metadata request
   * ({@link ClusterTopics}), and at the same time, on a connection of its own, the config keys the
   * scope names for every declared topic: the configs are the slowest answer of a large read, and a
   * topic the listing then does not show (not created yet) is simply left out of it. Both are one
   * request whatever the number of topics (invariant 10). Topics in {@code expected} (created by
   * this adapter) that the listing does not show yet are described by name and retried until the
   * visibility timeout.
   */
  TopicRead read(TopicScope scope, Set<String> expected, Supplier<Set<String>> owned) {
    Optional<Listing> ahead = prefetched.getAndSet(Optional.empty()).filter(Listing::fresh);
    TopicConfigReader.Brokers brokers =
        ahead.map(Listing::brokers).orElseGet(() -> configReader.brokers().ask());
    EarlyConfigs early = EarlyConfigs.start(configReader, scope.names(), scope, brokers);
    Map<String, ClusterTopics.Shape> listed =
        ahead.map(l -> l.topics().join()).orElseGet(() -> clusterTopics.read(brokers));
    early.narrow(listed.keySet(), expected);
    Set<String> names = candidates(scope, expected, owned, listed.keySet());
    expected.stream().filter(n -> scope.names().contains(n) || scope.owns(n)).forEach(names::add);
    Map<String, ClusterTopics.Shape> found = new TreeMap<>();
    List<TopicOutcome> failures = new ArrayList<>();
    names.stream().filter(listed::containsKey).forEach(n -> found.put(n, listed.get(n)));
    Set<String> missing = new TreeSet<>(names);
    missing.removeAll(listed.keySet());
    missing.retainAll(expected);
    awaitDescribed(missing, found, failures, options.visibilityTimeout());
    Map<String, Map<String, String>> configs = early.join(found.keySet(), failures);
    // undeclared topics the ownership log says are meshcode's: their configs come last
    List<String> late = found.keySet().stream().filter(n -> !scope.names().contains(n)).toList();
    configs.putAll(configReader.read(late, scope, failures, name -> true, brokers));
    Map<String, LiveTopic> topics = new TreeMap<>();
    configs.forEach(
        (name, topicConfigs) -> topics.put(name, live(name, found.get(name), topicConfigs)));
    return new TopicRead(topics, failures);
  }

  /**
   * Starts listing the cluster's topics now, for the next read to use: the listing needs nothing
   * from the scope, so the provider starts it when it is set up, and the cluster answers while the
   * mesh is lowered and the scope is built. Only the next read takes it, and only within {@link
   * Listing#FRESH} of now; every later read lists anew.
   */
  void prefetch() {
    TopicConfigReader.Brokers brokers = configReader.brokers().ask();
    prefetched.set(
        Optional.of(
            new Listing(
                brokers,
                SideRead.start("meshcode-topic-listing", () -> clusterTopics.read(brokers)),
                System.nanoTime())));
  }

  /**
   * The brokers a read asks, and the listing of the cluster's topics, maybe still coming.
   *
   * @param started when it was asked for: a read much later than that lists anew, since a topic
   *     someone else created meanwhile would be missing from it
   */
  private record Listing(
      TopicConfigReader.Brokers brokers,
      SideRead<Map<String, ClusterTopics.Shape>> topics,
      long started) {

    /** A plan reads within a second of its provider's set-up; this allows a slow lowering. */
    private static final Duration FRESH = Duration.ofSeconds(10);

    boolean fresh() {
      return System.nanoTime() - started < FRESH.toNanos();
    }
  }

  /** Describes the names until Kafka shows them all; returns those still missing at the timeout. */
  Set<String> awaitVisible(Set<String> names, Duration timeout) {
    List<TopicOutcome> failures = new ArrayList<>();
    Set<String> missing = describe(names, new TreeMap<>(), failures);
    failures.forEach(f -> missing.add(f.topic()));
    return awaitDescribed(missing, new TreeMap<>(), new ArrayList<>(), timeout);
  }

  /**
   * Waits until Kafka no longer describes any of {@code names}; returns those still described at
   * the timeout. A deleted topic stays visible in metadata for a moment after its delete returns.
   */
  Set<String> awaitGone(Set<String> names, Duration timeout) {
    Backoff backoff = new Backoff(timeout, "deleted topics to disappear");
    Set<String> left = described(names);
    while (!left.isEmpty() && backoff.timeLeft()) {
      backoff.pause();
      left = described(left);
    }
    return left;
  }

  private Set<String> described(Set<String> names) {
    Map<String, ClusterTopics.Shape> found = new TreeMap<>();
    describe(names, found, new ArrayList<>());
    return new TreeSet<>(found.keySet());
  }

  private Set<String> awaitDescribed(
      Set<String> missing,
      Map<String, ClusterTopics.Shape> found,
      List<TopicOutcome> failures,
      Duration timeout) {
    Backoff backoff = new Backoff(timeout, "new topics to appear");
    Set<String> left = missing;
    while (!left.isEmpty() && backoff.timeLeft()) {
      backoff.pause();
      left = describe(left, found, failures);
    }
    return left;
  }

  /** The scope's names, and the listed topics under its owned prefixes that meshcode made. */
  private Set<String> candidates(
      TopicScope scope, Set<String> expected, Supplier<Set<String>> owned, Set<String> listed) {
    Set<String> names = new TreeSet<>(scope.names());
    List<String> undeclared =
        listed.stream().filter(scope::owns).filter(n -> !names.contains(n)).toList();
    if (undeclared.isEmpty()) {
      // Nothing to judge, so the ownership log is not read: a no-change plan stays cheap.
      return names;
    }
    // Without the log, nothing was recorded: no topic is meshcode's to prune.
    Set<String> ours = listed.contains(OwnershipLog.TOPIC) ? owned.get() : Set.of();
    undeclared.stream().filter(n -> ours.contains(n) || expected.contains(n)).forEach(names::add);
    return names;
  }

  /**
   * Describes the names into {@code found}; returns the names Kafka does not know. One call for all
   * names: the AdminClient sends it as one request, so the number of round trips does not grow with
   * the mesh (invariant 10).
   */
  private Set<String> describe(
      Set<String> names, Map<String, ClusterTopics.Shape> found, List<TopicOutcome> failures) {
    if (names.isEmpty()) {
      return new TreeSet<>();
    }
    counter.record("describeTopics");
    Map<String, KafkaFuture<TopicDescription>> futures =
        new TreeMap<>(
            admin
                .get()
                .describeTopics(names, new DescribeTopicsOptions().timeoutMs(calls.timeoutMs()))
                .topicNameValues());
    calls.awaitAll(futures.values());
    Set<String> missing = new TreeSet<>();
    futures.forEach(
        (name, future) -> {
          TopicOutcome outcome =
              calls.outcome(name, future, UnknownTopicOrPartitionException.class);
          if (outcome.status() == TopicOutcome.Status.DONE) {
            found.put(name, ClusterTopics.Shape.of(calls.value(future)));
          } else if (outcome.status() == TopicOutcome.Status.ALREADY_DONE) {
            missing.add(name);
          } else {
            failures.add(outcome);
          }
        });
    return missing;
  }

  private static LiveTopic live(
      String name, ClusterTopics.Shape shape, Map<String, String> configs) {
    return new LiveTopic(name, shape.partitions(), shape.replicationFactor(), configs);
  }
}
