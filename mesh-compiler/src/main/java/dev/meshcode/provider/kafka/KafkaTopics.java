package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.KafkaException;

/**
 * The Kafka topic adapter: batched reads of a scope and batched changes with an outcome per topic.
 * Every method makes a number of AdminClient calls that grows with batches, never with topics;
 * {@link #requests()} counts them. Create, then read: topics this instance created are retried
 * briefly when the broker does not show them yet. Thread-safe as the AdminClient is.
 */
public final class KafkaTopics implements TopicClient {
  private final LazyAdmin admin;
  private final KafkaRequestCounter counter;
  private final KafkaTopicReader reader;
  private final KafkaTopicWriter writer;
  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final OwnershipLog ownership;
  private final AtomicInteger ownershipReads = new AtomicInteger();

  KafkaTopics(
      LazyAdmin admin,
      KafkaTopicsOptions options,
      UnaryOperator<String> redact,
      Map<String, Object> clientConfig) {
    this.admin = admin;
    this.ownership = new OwnershipLog(admin, clientConfig, options.timeout());
    this.counter = new KafkaRequestCounter();
    KafkaCalls calls = new KafkaCalls(options.timeout(), redact);
    this.reader =
        new KafkaTopicReader(
            admin,
            counter,
            options,
            calls,
            new TopicConfigReader(clientConfig, counter, calls, options.visibilityTimeout()),
            new ClusterTopics(clientConfig, calls, counter));
    this.writer = new KafkaTopicWriter(admin, counter, options, calls);
  }

  /**
   * Connects (lazily: the first call reaches the brokers, and the AdminClient is created only for a
   * call that needs it). A configuration no client can run with fails here. No secret is ever in
   * the errors.
   */
  public static KafkaTopics connect(KafkaConnection connection, KafkaTopicsOptions options) {
    Function<RuntimeException, KafkaProviderException> cannotSetUp =
        e ->
            new KafkaProviderException(
                connection.redact(
                    "cannot set up a Kafka client for "
                        + connection.bootstrap()
                        + ": "
                        + causes(e)));
    Map<String, Object> config = connection.adminConfig(options.timeout());
    try {
      LazyAdmin.check(config);
    } catch (KafkaException | IllegalArgumentException e) {
      throw cannotSetUp.apply(e);
    }
    return new KafkaTopics(new LazyAdmin(config, cannotSetUp), options, connection::redact, config);
  }

  /**
   * The messages of {@code e} and its causes, outermost first: Kafka wraps the reason a client
   * cannot start (a key store that does not open with its password) in "Failed to create new
   * KafkaAdminClient". The caller redacts the text.
   */
  static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    int depth = 0;
    for (Throwable c = e.getCause(); c != null && c != e && depth < 5; c = c.getCause(), depth++) {
      if (c.getMessage() != null && !text.toString().contains(c.getMessage())) {
        text.append(": ").append(c.getMessage());
      }
    }
    return text.toString();
  }

  /**
   * Exactly the names of the scope plus the topics under its owned prefixes that meshcode created
   * (its {@link OwnershipLog}): a topic made by hand under an owned prefix is not the mesh's.
   */
  @Override
  public TopicRead read(TopicScope scope) {
    return reader.read(
        scope,
        created,
        () -> {
          ownershipReads.incrementAndGet();
          return ownership.owned();
        });
  }

  @Override
  public Set<String> ownershipKeys() {
    ownershipReads.incrementAndGet();
    return ownership.owned();
  }

  @Override
  public void writeOwnership(Collection<String> keys, boolean created) {
    if (created) {
      ownership.record(keys);
    } else {
      ownership.forget(keys);
    }
  }

  /** How often a read consulted the ownership log (only when it had undeclared topics to judge). */
  int ownershipReads() {
    return ownershipReads.get();
  }

  /** Starts listing the cluster's topics for the next {@link #read} (see the reader). */
  public void prefetchListing() {
    reader.prefetch();
  }

  /**
   * Waits until Kafka's metadata shows every named topic. A created topic appears only once the
   * broker has set up its partitions: well under a second for a few, seconds for thousands (about
   * 1,000 partitions a second on two cores). Apply calls this last, so that a plan right after it
   * sees everything. Returns the names still not shown at the timeout.
   */
  @Override
  public Set<String> awaitVisible(Collection<String> names, Duration timeout) {
    return reader.awaitVisible(new TreeSet<>(names), timeout);
  }

  /**
   * Waits until Kafka's metadata no longer shows any named topic (a delete returns before every
   * broker forgot the topic). Returns the names still shown at the timeout.
   */
  @Override
  public Set<String> awaitGone(Collection<String> names, Duration timeout) {
    return reader.awaitGone(new TreeSet<>(names), timeout);
  }

  @Override
  public List<TopicOutcome> create(List<TopicSpec> topics) {
    List<TopicOutcome> outcomes = writer.create(topics);
    outcomes.stream().filter(TopicOutcome::succeeded).forEach(o -> created.add(o.topic()));
    // Only what this call made is meshcode's: a topic that already existed was someone else's.
    ownership.record(
        outcomes.stream()
            .filter(o -> o.status() == TopicOutcome.Status.DONE)
            .map(TopicOutcome::topic)
            .toList());
    return outcomes;
  }

  @Override
  public List<TopicOutcome> alterConfigs(List<ConfigChange> changes) {
    return writer.alterConfigs(changes);
  }

  @Override
  public List<TopicOutcome> increasePartitions(List<PartitionIncrease> increases) {
    return writer.increasePartitions(increases);
  }

  @Override
  public List<TopicOutcome> delete(List<String> names) {
    List<TopicOutcome> outcomes = writer.delete(names);
    names.forEach(created::remove);
    ownership.forget(
        outcomes.stream().filter(TopicOutcome::succeeded).map(TopicOutcome::topic).toList());
    return outcomes;
  }

  /** The AdminClient calls made so far, per API. */
  public KafkaRequestCounter requests() {
    return counter;
  }

  /**
   * Requests actually sent on the wire: those of the read's own connections plus the AdminClient's
   * {@code request-total} metric (its own metadata and version requests included), when it was
   * created; for the benchmark.
   */
  @Override
  public long wireRequests() {
    return counter.ownConnectionRequests() + admin.requestTotal();
  }

  @Override
  public void close() {
    admin.close();
  }
}
