package dev.meshcode.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.provider.kafka.TopicOutcome.Status;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adapter against a real Kafka 4.4 broker (one per test run, from mesh-sandbox). Each test
 * works under a prefix of its own, so tests never see each other's topics.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaTopicsTest {
  private String prefix;
  private KafkaTopics topics;

  @BeforeEach
  void connect(KafkaBroker broker) {
    prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
    topics =
        KafkaTopics.connect(
            KafkaConnection.plaintext(broker.bootstrap()), KafkaTopicsOptions.defaults());
  }

  @AfterEach
  void close() {
    topics.close();
  }

  private TopicSpec spec(String name, Map<String, String> configs) {
    return new TopicSpec(prefix + name, 1, (short) 1, configs);
  }

  @Test
  void read_scopeWithOwnedPrefix_findsManagedAndOrphansButNotUnmanaged() {
    // GIVEN a managed topic, an orphan under the owned prefix, and a topic of another team
    String other = "x" + prefix + "theirs";
    topics.create(List.of(spec("orders", Map.of()), spec("old", Map.of())));
    topics.create(List.of(new TopicSpec(other, 1, (short) 1, Map.of())));
    long before = topics.requests().total();

    // WHEN the scope names "orders" and a missing topic, and owns the prefix
    TopicRead read =
        topics.read(new TopicScope(Set.of(prefix + "orders", prefix + "missing"), Set.of(prefix)));

    // THEN it sees the managed topic and the orphan, nothing missing, nothing unmanaged
    assertThat(read.topics().keySet()).containsExactly(prefix + "old", prefix + "orders");
    assertThat(read.failures()).isEmpty();
    assertThat(read.topics().get(prefix + "orders"))
        .isEqualTo(new LiveTopic(prefix + "orders", 1, (short) 1, Map.of()));
    // one Metadata request for every topic; no config is asked for, so no describeConfigs
    assertThat(topics.requests().total() - before).isEqualTo(1);
  }

  @Test
  void read_everyOwnedTopicDeclared_doesNotReadTheOwnershipLog() {
    // GIVEN topics meshcode created (so the ownership log exists), all of them declared
    topics.create(List.of(spec("a", Map.of()), spec("b", Map.of())));
    int before = topics.ownershipReads();

    // WHEN the scope declares both and owns their prefix
    TopicRead read =
        topics.read(new TopicScope(Set.of(prefix + "a", prefix + "b"), Set.of(prefix)));

    // THEN no orphan can exist, so the log is not read (a no-change plan stays cheap)
    assertThat(read.topics().keySet()).containsExactly(prefix + "a", prefix + "b");
    assertThat(topics.ownershipReads()).isEqualTo(before);

    // AND a third topic under the prefix, undeclared, makes the read consult it
    topics.create(List.of(spec("c", Map.of())));
    topics.read(new TopicScope(Set.of(prefix + "a", prefix + "b"), Set.of(prefix)));
    assertThat(topics.ownershipReads()).isEqualTo(before + 1);
  }

  @Test
  void read_ownedPrefix_reportsOnlyTopicsMeshcodeCreated(KafkaBroker broker) throws Exception {
    // GIVEN under the owned prefix: one topic meshcode created, one a team created by hand, and
    // one meshcode created, deleted, and the team then re-created by hand
    topics.create(List.of(spec("ours", Map.of()), spec("again", Map.of())));
    topics.delete(List.of(prefix + "again"));
    topics.awaitGone(List.of(prefix + "again"), Duration.ofSeconds(30));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrap()))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(prefix + "handmade", 1, (short) 1),
                  new NewTopic(prefix + "again", 1, (short) 1)))
          .all()
          .get();
    }

    // WHEN a fresh client (no memory of its own creates) reads the owned prefix
    TopicRead read;
    try (KafkaTopics fresh =
        KafkaTopics.connect(
            KafkaConnection.plaintext(broker.bootstrap()), KafkaTopicsOptions.defaults())) {
      read = fresh.read(new TopicScope(Set.of(), Set.of(prefix)));
    }

    // THEN only meshcode's own topic is an orphan: the others are never the mesh's to delete
    assertThat(read.topics().keySet()).containsExactly(prefix + "ours");
    assertThat(read.failures()).isEmpty();
  }

  @Test
  void read_freshClient_sendsOnlyItsOwnRequestsAndNeverStartsTheAdminClient(KafkaBroker broker) {
    // GIVEN a topic with an override
    topics.create(List.of(spec("plain", Map.of("retention.ms", "3600000"))));
    assertThat(topics.awaitVisible(List.of(prefix + "plain"), Duration.ofSeconds(60))).isEmpty();

    // WHEN a fresh client reads it, as a plan does
    TopicRead read;
    long wire;
    try (KafkaTopics fresh =
        KafkaTopics.connect(
            KafkaConnection.plaintext(broker.bootstrap()), KafkaTopicsOptions.defaults())) {
      read = fresh.read(TopicScope.exactly(Map.of(prefix + "plain", Set.of("retention.ms"))));
      wire = fresh.wireRequests();
    }

    // THEN it is read with 4 requests: on each of its two connections the version handshake and
    // one request (Metadata, DescribeConfigs); the AdminClient, which would send its own
    // metadata and version requests as it starts, was never created
    assertThat(read.topics().get(prefix + "plain").configs())
        .containsExactly(Map.entry("retention.ms", "3600000"));
    assertThat(wire).isEqualTo(4);
  }

  @Test
  void read_topicWithOneOverride_reportsOnlyTheTopicLevelValue() {
    // GIVEN a topic that sets retention.ms only (every other config is a broker default)
    topics.create(List.of(spec("events", Map.of("retention.ms", "3600000"))));
    // (right after the 2,000-topic test the broker may take ~10 s to show a new topic)
    assertThat(topics.awaitVisible(List.of(prefix + "events"), Duration.ofSeconds(60))).isEmpty();

    // WHEN it is read, asking for retention.ms and cleanup.policy
    TopicRead read =
        topics.read(
            TopicScope.exactly(
                Map.of(prefix + "events", Set.of("retention.ms", "cleanup.policy"))));

    // THEN only retention.ms is reported: defaults are never drift
    assertThat(read.topics().get(prefix + "events").configs())
        .containsExactly(Map.entry("retention.ms", "3600000"));
  }

  @Test
  void create_2000Topics_fewRequestsAndAllVisible() {
    // GIVEN 2,000 topics of 1 partition and 4 configs: 12,000 records, over one request's limit
    Map<String, String> configs =
        Map.of(
            "retention.ms",
            "86400000",
            "cleanup.policy",
            "delete",
            "min.insync.replicas",
            "1",
            "segment.ms",
            "604800000");
    List<TopicSpec> many =
        java.util.stream.IntStream.range(0, 2_000)
            .mapToObj(i -> new TopicSpec(prefix + "bulk-" + i, 3, (short) 1, configs))
            .collect(java.util.stream.Collectors.toList());

    // WHEN they are created, read back (retrying while the broker catches up), and read again
    List<TopicOutcome> created = topics.create(many);
    Set<String> invisible = topics.awaitVisible(names(many), Duration.ofSeconds(60));
    KafkaRequestCounter counter = topics.requests();
    long metadata = counter.count("metadata");
    long describes = counter.count("describeTopics");
    long configReads = counter.count("describeConfigs");
    long clusters = counter.count("describeCluster");
    long wire = topics.wireRequests();
    long own = counter.ownConnectionRequests();
    Map<String, Set<String>> keys = new java.util.TreeMap<>();
    names(many).forEach(name -> keys.put(name, configs.keySet()));
    TopicRead read = topics.read(TopicScope.exactly(keys));

    // THEN every topic is done, in 2 create requests
    assertThat(created).hasSize(2_000).allMatch(o -> o.status() == Status.DONE, "done");
    assertThat(created.get(1_999).topic()).isEqualTo(prefix + "bulk-1999");
    assertThat(counter.count("createTopics")).isEqualTo(2);
    assertThat(invisible).isEmpty();
    // AND a read of 2,000 topics (6,000 partitions) is one Metadata request for every topic and
    // one describeConfigs, each on a connection of its own to the bootstrap server, whatever the
    // number of topics: no describe, no AdminClient request on the wire beyond at most a metadata
    // refresh; each own connection adds its version handshake
    assertThat(counter.count("metadata") - metadata).isEqualTo(1);
    assertThat(counter.count("describeTopics") - describes).isZero();
    assertThat(counter.count("describeCluster") - clusters).isZero();
    assertThat(counter.count("describeConfigs") - configReads).isEqualTo(1);
    long ownDelta = counter.ownConnectionRequests() - own;
    assertThat(ownDelta).isEqualTo(4L);
    assertThat(topics.wireRequests() - wire - ownDelta).isBetween(0L, 1L);
    assertThat(read.topics()).hasSize(2_000);
    assertThat(read.failures()).isEmpty();
    assertThat(read.topics().get(prefix + "bulk-7").configs()).isEqualTo(configs);

    // AND they go again in 2 delete requests
    List<TopicOutcome> deleted = topics.delete(List.copyOf(names(many)));
    assertThat(deleted).allMatch(o -> o.status() == Status.DONE, "deleted");
    assertThat(topics.requests().count("deleteTopics")).isEqualTo(2);
  }

  @Test
  void create_existingTopic_isAlreadyDone() {
    // GIVEN a topic that exists
    topics.create(List.of(spec("twice", Map.of())));

    // WHEN it is created again
    List<TopicOutcome> again =
        topics.create(List.of(spec("twice", Map.of()), spec("fresh", Map.of())));

    // THEN that is success, not failure, and the other topic is created
    assertThat(again)
        .extracting(TopicOutcome::status)
        .containsExactly(Status.ALREADY_DONE, Status.DONE);
    assertThat(again.get(0).message()).startsWith("TopicExistsException");
  }

  @Test
  void create_oneInvalidConfig_onlyThatTopicFails() {
    // GIVEN three topics, the middle one with a cleanup.policy Kafka does not know
    List<TopicSpec> three =
        List.of(
            spec("good-1", Map.of()),
            spec("bad", Map.of("cleanup.policy", "sometimes")),
            spec("good-2", Map.of()));

    // WHEN they are created in one batch
    List<TopicOutcome> outcomes = topics.create(three);

    // THEN only the bad one failed, saying why; the others exist
    assertThat(outcomes)
        .extracting(TopicOutcome::status)
        .containsExactly(Status.DONE, Status.FAILED, Status.DONE);
    assertThat(outcomes.get(1).message()).contains("sometimes");
    assertThat(topics.requests().count("createTopics")).isEqualTo(1);
    assertThat(topics.read(TopicScope.exactly(names(three))).topics().keySet())
        .containsExactly(prefix + "good-1", prefix + "good-2");
  }

  @Test
  void alterConfigs_setAndDelete_changesOnlyThoseKeys() {
    // GIVEN a topic with retention.ms and cleanup.policy set on it, and a second topic
    topics.create(
        List.of(
            spec("cfg", Map.of("retention.ms", "1000000", "cleanup.policy", "compact")),
            spec("cfg-2", Map.of())));

    // WHEN retention.ms changes, cleanup.policy is removed, and the second topic gets a bad value
    List<TopicOutcome> outcomes =
        topics.alterConfigs(
            List.of(
                new ConfigChange(
                    prefix + "cfg", Map.of("retention.ms", "2000000"), Set.of("cleanup.policy")),
                new ConfigChange(prefix + "cfg-2", Map.of("retention.ms", "soon"), Set.of())));

    // THEN the first change applied in the same request that the second failed in
    assertThat(outcomes)
        .extracting(TopicOutcome::status)
        .containsExactly(Status.DONE, Status.FAILED);
    assertThat(topics.requests().count("incrementalAlterConfigs")).isEqualTo(1);
    TopicRead read =
        topics.read(
            TopicScope.exactly(
                Map.of(
                    prefix + "cfg",
                    Set.of("retention.ms", "cleanup.policy"),
                    prefix + "cfg-2",
                    Set.of("retention.ms"))));
    assertThat(read.topics().get(prefix + "cfg").configs())
        .containsExactly(Map.entry("retention.ms", "2000000"));
    assertThat(read.topics().get(prefix + "cfg-2").configs()).isEmpty();
  }

  @Test
  void increasePartitions_oneToThree_thenAgainIsAlreadyDone() {
    // GIVEN a topic of 1 partition
    topics.create(List.of(spec("grow", Map.of())));

    // WHEN it grows to 3, twice
    List<TopicOutcome> first =
        topics.increasePartitions(List.of(new PartitionIncrease(prefix + "grow", 3)));
    List<TopicOutcome> second =
        topics.increasePartitions(List.of(new PartitionIncrease(prefix + "grow", 3)));

    // THEN it has 3 partitions and the repeat converged instead of failing
    assertThat(first).extracting(TopicOutcome::status).containsExactly(Status.DONE);
    assertThat(second).extracting(TopicOutcome::status).containsExactly(Status.ALREADY_DONE);
    assertThat(
            topics
                .read(TopicScope.exactly(Set.of(prefix + "grow")))
                .topics()
                .get(prefix + "grow")
                .partitions())
        .isEqualTo(3);
  }

  @Test
  void increasePartitions_decrease_failsForThatTopic() {
    // GIVEN a topic grown to 2 partitions
    topics.create(List.of(new TopicSpec(prefix + "shrink", 2, (short) 1, Map.of())));

    // WHEN asked for 1
    List<TopicOutcome> outcomes =
        topics.increasePartitions(List.of(new PartitionIncrease(prefix + "shrink", 1)));

    // THEN Kafka refuses, and the outcome says so
    assertThat(outcomes.get(0).status()).isEqualTo(Status.FAILED);
    assertThat(outcomes.get(0).message()).startsWith("InvalidPartitionsException");
  }

  @Test
  void delete_missingTopic_isAlreadyDone() {
    // GIVEN one existing topic and one that never existed
    topics.create(List.of(spec("gone", Map.of())));

    // WHEN both are deleted
    List<TopicOutcome> outcomes = topics.delete(List.of(prefix + "gone", prefix + "never"));

    // THEN both count as done
    assertThat(outcomes)
        .extracting(TopicOutcome::status)
        .containsExactly(Status.DONE, Status.ALREADY_DONE);
  }

  @Test
  void awaitGone_afterDelete_noTopicIsDescribedAnyMore() {
    // GIVEN two topics, deleted
    topics.create(List.of(spec("a", Map.of()), spec("b", Map.of())));
    topics.awaitVisible(List.of(prefix + "a", prefix + "b"), Duration.ofSeconds(10));
    topics.delete(List.of(prefix + "a", prefix + "b"));

    // WHEN
    Set<String> shown =
        topics.awaitGone(List.of(prefix + "a", prefix + "b"), Duration.ofSeconds(10));

    // THEN none is left, and a read right after finds nothing
    assertThat(shown).isEmpty();
    assertThat(topics.read(TopicScope.exactly(Set.of(prefix + "a", prefix + "b"))).topics())
        .isEmpty();
  }

  private static Set<String> names(List<TopicSpec> specs) {
    return specs.stream().map(TopicSpec::name).collect(java.util.stream.Collectors.toSet());
  }
}
