package dev.meshcode.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The keyed config read ({@link TopicConfigReader} over {@link BrokerChannel}) against the run's
 * real broker. It speaks kafka-clients' internal network API, so these tests pin that API: a
 * kafka-clients upgrade that changes it fails here (and in the SASL and TLS plan-apply tests).
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaTopicConfigReadTest {
  private String prefix;
  private KafkaTopics topics;

  @BeforeEach
  void connect(KafkaBroker broker) {
    prefix = "k" + UUID.randomUUID().toString().substring(0, 8) + ".";
    topics =
        KafkaTopics.connect(
            KafkaConnection.plaintext(broker.bootstrap()), KafkaTopicsOptions.defaults());
  }

  @AfterEach
  void close() {
    topics.close();
  }

  @Test
  void read_twoDeclaredKeysAmongSixTopicConfigs_returnsExactlyThoseTwo() {
    // GIVEN a topic with six configs set on it
    Map<String, String> six =
        Map.of(
            "retention.ms", "3600000",
            "segment.ms", "7200000",
            "cleanup.policy", "delete",
            "max.message.bytes", "2000000",
            "retention.bytes", "1073741824",
            "min.insync.replicas", "1");
    create("six", six);

    // WHEN read declaring two of them, and compression.type, which the topic leaves at its default
    TopicRead read =
        topics.read(
            TopicScope.exactly(
                Map.of(prefix + "six", Set.of("retention.ms", "segment.ms", "compression.type"))));

    // THEN exactly the two declared values set on the topic: no other config, no default
    assertThat(read.failures()).isEmpty();
    assertThat(read.topics().get(prefix + "six").configs())
        .isEqualTo(Map.of("retention.ms", "3600000", "segment.ms", "7200000"));
  }

  @Test
  void read_topicLevelConfigNotDeclared_isNotShown() {
    // GIVEN a topic that sets max.message.bytes only
    create("undeclared", Map.of("max.message.bytes", "2000000"));

    // WHEN read declaring retention.ms only
    TopicRead read =
        topics.read(TopicScope.exactly(Map.of(prefix + "undeclared", Set.of("retention.ms"))));

    // THEN the topic is there, without the config it did not declare
    assertThat(read.failures()).isEmpty();
    assertThat(read.topics().get(prefix + "undeclared"))
        .isEqualTo(new LiveTopic(prefix + "undeclared", 1, (short) 1, Map.of()));
  }

  @Test
  void read_oneTopicOr200_sameRequestsEachAPI() {
    // GIVEN 1 topic and 200 topics, each with two configs
    Map<String, String> configs = Map.of("retention.ms", "3600000", "segment.ms", "7200000");
    List<TopicSpec> many =
        IntStream.range(0, 200)
            .mapToObj(i -> new TopicSpec(prefix + "many-" + i, 1, (short) 1, configs))
            .collect(Collectors.toList());
    create("one", configs);
    topics.create(many);
    assertThat(topics.awaitVisible(names(many), Duration.ofSeconds(30))).isEmpty();

    // WHEN each set is read with its declared keys
    long wire = topics.requests().ownConnectionRequests();
    Map<String, Long> one = requestsOf(Map.of(prefix + "one", configs.keySet()));
    long wireOne = topics.requests().ownConnectionRequests() - wire;
    Map<String, Set<String>> keys = new TreeMap<>();
    names(many).forEach(name -> keys.put(name, configs.keySet()));
    Map<String, Long> hundreds = requestsOf(keys);
    long wireHundreds = topics.requests().ownConnectionRequests() - wire - wireOne;

    // THEN both take one request of each API: the count does not grow with the topics
    assertThat(one).isEqualTo(Map.of("metadata", 1L, "describeConfigs", 1L));
    assertThat(hundreds).isEqualTo(one);
    // AND on the wire, the config connection's requests (versions, the describe) are counted,
    // and as many for 200 topics as for one
    assertThat(wireOne).isPositive();
    assertThat(wireHundreds).isEqualTo(wireOne);
  }

  @Test
  void read_declaredTopicNotCreatedYet_isLeftOutWithoutWaiting() {
    // GIVEN a topic that exists, and a declared one nobody created, both with a key to compare
    create("exists", Map.of("retention.ms", "3600000"));
    String planned = prefix + "planned";
    Map<String, Long> before = topics.requests().snapshot();
    long start = System.nanoTime();

    // WHEN both are read: their configs are asked before the listing says which topics exist
    TopicRead read =
        topics.read(
            TopicScope.exactly(
                Map.of(
                    prefix + "exists", Set.of("retention.ms"), planned, Set.of("retention.ms"))));

    // THEN the existing topic is read; the planned one is absent, not failed, and not waited for
    // until the visibility timeout (10 s): the listing showed it does not exist
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(read.failures()).isEmpty();
    assertThat(read.topics()).containsOnlyKeys(prefix + "exists");
    assertThat(read.topics().get(prefix + "exists").configs())
        .isEqualTo(Map.of("retention.ms", "3600000"));
    long asked =
        topics.requests().snapshot().getOrDefault("describeConfigs", 0L)
            - before.getOrDefault("describeConfigs", 0L);
    assertThat(asked).isEqualTo(1);
  }

  @Test
  void read_afterPrefetch_usesTheListingOnceAndStillFindsTopicsCreatedSince() {
    // GIVEN a listing started ahead, then a topic this adapter creates after it
    Map<String, Long> before = topics.requests().snapshot();
    topics.prefetchListing();
    create("after-prefetch", Map.of("retention.ms", "3600000"));
    Map<String, Set<String>> keys = Map.of(prefix + "after-prefetch", Set.of("retention.ms"));

    // WHEN the scope is read, twice
    TopicRead first = topics.read(TopicScope.exactly(keys));
    long listings = topics.requests().count("metadata") - before.getOrDefault("metadata", 0L);
    TopicRead second = topics.read(TopicScope.exactly(keys));

    // THEN the first read took the listing started ahead (one Metadata request), and found the
    // topic the listing may not show by describing it; the second read listed anew
    assertThat(listings).isEqualTo(1);
    assertThat(topics.requests().count("metadata") - before.getOrDefault("metadata", 0L))
        .isEqualTo(2);
    assertThat(first.failures()).isEmpty();
    assertThat(first.topics().get(prefix + "after-prefetch").configs())
        .isEqualTo(Map.of("retention.ms", "3600000"));
    assertThat(second.topics()).isEqualTo(first.topics());
  }

  @Test
  void readConfigs_topicTheBrokerDoesNotKnow_retriesUntilTimeoutThenFails(KafkaBroker broker) {
    // GIVEN the reader with a short visibility timeout, and a topic that never existed
    KafkaRequestCounter counter = new KafkaRequestCounter();
    List<TopicOutcome> failures = new ArrayList<>();
    String never = prefix + "never";
    Map<String, Map<String, String>> configs;
    TopicConfigReader reader =
        new TopicConfigReader(config(broker), counter, calls(), Duration.ofMillis(300));

    // WHEN its configs are read
    configs =
        reader.read(
            List.of(never), TopicScope.exactly(Map.of(never, Set.of("retention.ms"))), failures);

    // THEN it was asked again while the broker might catch up, then failed, saying why
    assertThat(configs).isEmpty();
    assertThat(failures)
        .extracting(TopicOutcome::topic, TopicOutcome::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(never, TopicOutcome.Status.FAILED));
    assertThat(failures.get(0).message()).startsWith("UnknownTopicOrPartitionException");
    assertThat(counter.count("describeCluster")).isZero();
    assertThat(counter.count("describeConfigs")).isGreaterThan(1);
  }

  @Test
  void readConfigs_unknownTopicNoLongerWanted_isNotWaitedFor(KafkaBroker broker) {
    // GIVEN a long visibility timeout, and a topic that is unknown (deleted since it was listed)
    KafkaRequestCounter counter = new KafkaRequestCounter();
    List<TopicOutcome> failures = new ArrayList<>();
    String gone = prefix + "gone";
    long start = System.nanoTime();
    Map<String, Map<String, String>> configs;
    TopicConfigReader reader =
        new TopicConfigReader(config(broker), counter, calls(), Duration.ofSeconds(30));

    // WHEN its configs are read while the describe says it no longer exists
    configs =
        reader.read(
            List.of(gone),
            TopicScope.exactly(Map.of(gone, Set.of("retention.ms"))),
            failures,
            name -> false,
            reader.brokers());

    // THEN it is asked once, not again for 30 s, and nothing is reported for it
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(configs).isEmpty();
    assertThat(failures).isEmpty();
    assertThat(counter.count("describeConfigs")).isEqualTo(1);
  }

  @Test
  void readConfigs_brokerRefusesOneTopic_onlyThatOneFails(KafkaBroker broker) {
    // GIVEN a real topic and a name Kafka refuses as invalid
    create("fine", Map.of("retention.ms", "3600000"));
    KafkaRequestCounter counter = new KafkaRequestCounter();
    List<TopicOutcome> failures = new ArrayList<>();
    Map<String, Map<String, String>> configs;
    TopicConfigReader reader =
        new TopicConfigReader(config(broker), counter, calls(), Duration.ofSeconds(5));

    // WHEN both are read in one request
    configs =
        reader.read(
            List.of(prefix + "fine", "bad name!"),
            TopicScope.exactly(
                Map.of(prefix + "fine", Set.of("retention.ms"), "bad name!", Set.of("x"))),
            failures);

    // THEN the good topic's value is there, the bad one failed at once (no retry), with the reason
    assertThat(configs).isEqualTo(Map.of(prefix + "fine", Map.of("retention.ms", "3600000")));
    assertThat(failures).extracting(TopicOutcome::topic).containsExactly("bad name!");
    assertThat(failures.get(0).message()).startsWith("InvalidTopicException").contains("bad name!");
    assertThat(counter.count("describeConfigs")).isEqualTo(1);
  }

  @Test
  void open_noBrokerListening_throwsIOExceptionWithinTheTimeout() throws IOException {
    // GIVEN a loopback port nothing listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Map<String, Object> config = Map.of("bootstrap.servers", "127.0.0.1:" + port);

    // WHEN / THEN
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                BrokerChannel.open(
                    config,
                    List.of(new Node(1, "127.0.0.1", port)),
                    Duration.ofSeconds(5),
                    new KafkaRequestCounter()))
        .isInstanceOf(IOException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  private Map<String, Long> requestsOf(Map<String, Set<String>> keys) {
    Map<String, Long> before = topics.requests().snapshot();
    TopicRead read = topics.read(TopicScope.exactly(keys));
    assertThat(read.failures()).isEmpty();
    assertThat(read.topics()).hasSize(keys.size());
    Map<String, Long> delta = new TreeMap<>();
    topics
        .requests()
        .snapshot()
        .forEach(
            (api, count) -> {
              long grown = count - before.getOrDefault(api, 0L);
              if (grown > 0) {
                delta.put(api, grown);
              }
            });
    return delta;
  }

  private void create(String name, Map<String, String> configs) {
    List<TopicOutcome> outcomes =
        topics.create(List.of(new TopicSpec(prefix + name, 1, (short) 1, configs)));
    assertThat(outcomes).extracting(TopicOutcome::status).containsExactly(TopicOutcome.Status.DONE);
    assertThat(topics.awaitVisible(List.of(prefix + name), Duration.ofSeconds(10))).isEmpty();
  }

  private static Map<String, Object> config(KafkaBroker broker) {
    return KafkaConnection.plaintext(broker.bootstrap()).adminConfig(Duration.ofSeconds(30));
  }

  private static KafkaCalls calls() {
    return new KafkaCalls(Duration.ofSeconds(30), text -> text);
  }

  private static Set<String> names(List<TopicSpec> specs) {
    return specs.stream().map(TopicSpec::name).collect(Collectors.toSet());
  }
}
