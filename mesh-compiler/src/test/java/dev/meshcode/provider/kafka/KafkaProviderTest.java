package dev.meshcode.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.ChangeReason;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.ChangeOutcome.Status;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The mapping between the port's changes and the adapter's calls, against a recording fake. */
class KafkaProviderTest {

  private final FakeTopicClient client = new FakeTopicClient();
  private final KafkaProvider provider = new KafkaProvider(client);

  @Test
  void apply_create_sendsSpecWithDeclaredConfigsAndAwaitsIt() {
    // GIVEN a create with two configs
    ResourceChange create =
        change(
            "a.orders",
            Action.CREATE,
            Map.of(
                "partitions", "3",
                "replication_factor", "1",
                "config.retention.ms", "1000",
                "config.cleanup.policy", "compact"),
            List.of());

    // WHEN
    List<ChangeOutcome> outcomes = provider.apply(List.of(create));

    // THEN one create with every declared config, then a wait until Kafka shows the topic
    assertThat(client.created)
        .containsExactly(
            new TopicSpec(
                "a.orders",
                3,
                (short) 1,
                Map.of("retention.ms", "1000", "cleanup.policy", "compact")));
    assertThat(client.calls).containsExactly("create", "awaitVisible");
    assertThat(client.awaited).containsExactly("a.orders");
    assertThat(outcomes).containsExactly(ChangeOutcome.applied(address("a.orders")));
  }

  @Test
  void apply_update_altersOnlyChangedConfigsAndAddsPartitions() {
    // GIVEN an update: retention changed, segment.ms no longer declared, partitions 3 -> 6
    client.live.put(
        "a.orders",
        new LiveTopic(
            "a.orders",
            3,
            (short) 1,
            Map.of("retention.ms", "1000", "segment.ms", "5", "cleanup.policy", "compact")));
    ResourceChange update =
        change(
            "a.orders",
            Action.UPDATE,
            Map.of(
                "partitions", "6",
                "replication_factor", "1",
                "config.retention.ms", "2000",
                "config.cleanup.policy", "compact"),
            List.of(
                attribute("config.retention.ms", "1000", "2000"),
                new AttributeChange(
                    "config.segment.ms",
                    Optional.of("5"),
                    Optional.empty(),
                    false,
                    Optional.empty()),
                attribute("partitions", "3", "6")));

    // WHEN
    List<ChangeOutcome> outcomes = provider.apply(List.of(update));

    // THEN only the changed keys are touched (cleanup.policy is unchanged), partitions grow to 6
    assertThat(client.altered)
        .containsExactly(
            new ConfigChange("a.orders", Map.of("retention.ms", "2000"), Set.of("segment.ms")));
    assertThat(client.increased).containsExactly(new PartitionIncrease("a.orders", 6));
    // AND then a read of the changed keys until Kafka shows the change
    assertThat(client.calls).containsExactly("increasePartitions", "alterConfigs", "read");
    assertThat(client.scopes)
        .containsExactly(
            TopicScope.exactly(Map.of("a.orders", Set.of("retention.ms", "segment.ms"))));
    assertThat(outcomes).extracting(ChangeOutcome::status).containsExactly(Status.APPLIED);
  }

  @Test
  void apply_mixedBatchWithOneFailure_oneOutcomePerChangeInOrder() {
    // GIVEN a delete, a create Kafka refuses, and a create that already exists
    client.answer(TopicOutcome.failed("a.bad", "INVALID_CONFIG: retention.ms"));
    client.answer(TopicOutcome.alreadyDone("a.old", "already exists"));
    List<ResourceChange> batch =
        List.of(
            change("a.gone", Action.DELETE, Map.of(), List.of()),
            change("a.bad", Action.CREATE, topic("1"), List.of()),
            change("a.old", Action.CREATE, topic("1"), List.of()));

    // WHEN
    List<ChangeOutcome> outcomes = provider.apply(batch);

    // THEN the failure is reported with Kafka's reason, the others applied
    assertThat(outcomes)
        .containsExactly(
            ChangeOutcome.applied(address("a.gone")),
            ChangeOutcome.failed(address("a.bad"), "INVALID_CONFIG: retention.ms"),
            new ChangeOutcome(address("a.old"), Status.APPLIED, "already exists"));
    assertThat(client.deleted).containsExactly("a.gone");
    assertThat(client.calls).containsExactly("create", "delete", "awaitVisible", "awaitGone");
    assertThat(client.awaited).containsExactly("a.old");
    assertThat(client.gone).containsExactly("a.gone");
  }

  @Test
  void apply_invalidValues_failThatChangeWithoutCallingKafka() {
    // GIVEN a create with zero partitions and one with a non-numeric replication factor
    List<ResourceChange> batch =
        List.of(
            change("a.zero", Action.CREATE, topic("0"), List.of()),
            change(
                "a.text",
                Action.CREATE,
                Map.of("partitions", "1", "replication_factor", "three"),
                List.of()));

    // WHEN
    List<ChangeOutcome> outcomes = provider.apply(batch);

    // THEN
    assertThat(outcomes)
        .containsExactly(
            ChangeOutcome.failed(
                address("a.zero"), "topic a.zero needs at least 1 partition and 1 replica"),
            ChangeOutcome.failed(
                address("a.text"), "replication_factor of a.text is not a number: three"));
    assertThat(client.calls).isEmpty();
  }

  @Test
  void apply_replaceOrReplicationChange_failsWithReason() {
    // GIVEN changes the planner never produces for topics
    List<ResourceChange> batch =
        List.of(
            change("a.replace", Action.REPLACE, topic("1"), List.of()),
            change(
                "a.rf",
                Action.UPDATE,
                topic("1"),
                List.of(attribute("replication_factor", "3", "1"))));

    // WHEN
    List<ChangeOutcome> outcomes = provider.apply(batch);

    // THEN both fail and nothing is sent
    assertThat(outcomes).extracting(ChangeOutcome::status).containsOnly(Status.FAILED);
    assertThat(outcomes.get(0).message()).startsWith("a topic is never replaced");
    assertThat(outcomes.get(1).message())
        .isEqualTo("the replication factor of a topic cannot change in place");
    assertThat(client.calls).isEmpty();
  }

  @Test
  void apply_sensitiveConfig_failsInsteadOfSendingTheMask() {
    // GIVEN a config whose value the plan masks
    Map<String, String> desired = new java.util.HashMap<>(topic("1"));
    desired.put("config.some.password", AttributeChange.SENSITIVE);

    // WHEN
    List<ChangeOutcome> outcomes =
        provider.apply(List.of(change("a.secret", Action.CREATE, desired, List.of())));

    // THEN
    assertThat(outcomes.get(0).status()).isEqualTo(Status.FAILED);
    assertThat(outcomes.get(0).message())
        .isEqualTo(
            "config.some.password of a.secret is sensitive and masked in the plan;"
                + " set it outside meshcode");
    assertThat(client.calls).isEmpty();
  }

  @Test
  void read_scope_asksForNamesAndPrefixesAndReportsAttributes() {
    // GIVEN Kafka has one topic with one topic-level config
    client.live.put(
        "a.orders", new LiveTopic("a.orders", 3, (short) 1, Map.of("retention.ms", "9")));
    ReadScope scope =
        new ReadScope(
            new TreeSet<>(Set.of(address("a.orders"), address("a.missing"))),
            List.of(
                new OwnedPrefix(ResourceKind.KAFKA_TOPIC, "a.", SourceLocation.ofFile("d.yaml"))));

    // WHEN
    LiveState live = provider.read(scope);

    // THEN one read of exactly the scope; the topic in the planner's vocabulary, no product
    assertThat(client.scopes)
        .containsExactly(new TopicScope(Set.of("a.orders", "a.missing"), Set.of("a.")));
    assertThat(live.resources())
        .containsExactly(
            Map.entry(
                address("a.orders"),
                new Resource(
                    address("a.orders"),
                    Optional.empty(),
                    Map.of(
                        "partitions",
                        "3",
                        "replication_factor",
                        "1",
                        "config.retention.ms",
                        "9"))));
  }

  @Test
  void read_scopeWithAttributes_asksForTheDeclaredConfigKeysOnly() {
    // GIVEN a scope whose topic compares partitions and two configs, and one comparing none
    ReadScope scope =
        new ReadScope(
            new TreeSet<>(Set.of(address("a.orders"), address("a.plain"))),
            List.of(),
            new TreeMap<>(
                Map.of(
                    address("a.orders"),
                    new TreeSet<>(
                        Set.of("partitions", "config.retention.ms", "config.cleanup.policy")))));

    // WHEN
    provider.read(scope);

    // THEN the adapter is asked for exactly those config keys, and none for the other topic
    assertThat(client.scopes)
        .containsExactly(
            new TopicScope(
                Set.of("a.orders", "a.plain"),
                Set.of(),
                Map.of("a.orders", new TreeSet<>(Set.of("cleanup.policy", "retention.ms")))));
    assertThat(client.scopes.get(0).configKeys("a.plain")).isEmpty();
  }

  @Test
  void read_emptyScope_asksKafkaNothing() {
    assertThat(provider.read(ReadScope.exactly(List.of())).resources()).isEmpty();
    assertThat(client.calls).isEmpty();
  }

  @Test
  void read_topicNotDescribed_throwsInsteadOfReportingItMissing() {
    // GIVEN Kafka could not describe one topic
    client.readFailures.add(TopicOutcome.failed("a.orders", "TOPIC_AUTHORIZATION_FAILED"));

    // WHEN / THEN
    assertThatThrownBy(() -> provider.read(ReadScope.exactly(List.of(address("a.orders")))))
        .isInstanceOf(ProviderException.class)
        .hasMessage(
            "kafka read: 1 topic(s) could not be described, first a.orders:"
                + " TOPIC_AUTHORIZATION_FAILED");
  }

  @Test
  void connect_withoutBootstrap_throwsProviderException() {
    assertThatThrownBy(() -> KafkaProvider.connect(Map.of("security.protocol", "SSL")))
        .isInstanceOf(ProviderException.class)
        .hasMessage("kafka connect: no bootstrap.servers in the client properties");
  }

  @Test
  void close_closesTheClient() {
    provider.close();
    assertThat(client.closed).isTrue();
  }

  private static Map<String, String> topic(String partitions) {
    return Map.of("partitions", partitions, "replication_factor", "1");
  }

  private static AttributeChange attribute(String name, String before, String after) {
    return new AttributeChange(
        name, Optional.of(before), Optional.of(after), false, Optional.empty());
  }

  private static ResourceAddress address(String name) {
    return new ResourceAddress(ResourceKind.KAFKA_TOPIC, name);
  }

  private static ResourceChange change(
      String name, Action action, Map<String, String> desired, List<AttributeChange> changes) {
    return new ResourceChange(
        address(name),
        Optional.empty(),
        action,
        ChangeReason.ATTRIBUTES_DIFFER,
        changes,
        desired,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }
}
