package dev.meshcode.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.ChangeOutcome.Status;
import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.provider.InMemoryWorld;
import dev.meshcode.provider.Providers;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplierTest {

  private static final ResourceAddress TRADES_SCHEMA =
      new ResourceAddress(ResourceKind.SCHEMA, "execution.trades-value");
  private static final ResourceAddress TRADES_TOPIC =
      new ResourceAddress(ResourceKind.KAFKA_TOPIC, "execution.trades");
  private static final ResourceAddress ORDERS_TOPIC =
      new ResourceAddress(ResourceKind.KAFKA_TOPIC, "execution.orders");

  @Test
  void apply_schemaFails_skipsItsTopicAndAppliesTheRest() {
    // GIVEN a new mesh of two products, and a registry that rejects the trades schema
    InMemoryWorld world = new InMemoryWorld();
    world.failOn(TRADES_SCHEMA, "422 invalid schema");
    Plan plan = plan(world);

    // WHEN the plan is applied
    ApplyResult result = new Applier(InMemoryProvider.all(world)).apply(plan, e -> {});

    // THEN the schema failed with the registry's message, its topic was skipped, the rest applied
    assertThat(result.failures())
        .containsExactly(
            ChangeOutcome.failed(TRADES_SCHEMA, "422 invalid schema"),
            ChangeOutcome.skipped(
                TRADES_TOPIC,
                "Skipped: schema.execution.trades-value of the same product did not apply."));
    assertThat(result.applied()).isEqualTo(plan.changes().size() - 2);
    assertThat(world.get(ORDERS_TOPIC)).isPresent();
    assertThat(world.get(TRADES_TOPIC)).isEmpty();
  }

  @Test
  void apply_afterPartialFailureIsFixed_converges() {
    // GIVEN a partial apply
    InMemoryWorld world = new InMemoryWorld();
    world.failOn(TRADES_SCHEMA, "422 invalid schema");
    new Applier(InMemoryProvider.all(world)).apply(plan(world), e -> {});

    // WHEN the cause is fixed and plan + apply run again
    world.heal();
    Plan second = plan(world);
    ApplyResult result = new Applier(InMemoryProvider.all(world)).apply(second, e -> {});

    // THEN only what was missing is planned, it applies, and a third plan is empty
    assertThat(second.changes())
        .extracting(c -> c.address().toString())
        .containsExactly("schema.execution.trades-value", "kafka_topic.execution.trades");
    assertThat(result.succeeded()).isTrue();
    assertThat(plan(world).isEmpty()).isTrue();
  }

  @Test
  void apply_recordsTheSubjectsItCreated_butNotOnesThatFailed() {
    // GIVEN a new mesh whose trades schema the registry rejects
    InMemoryWorld world = new InMemoryWorld();
    world.failOn(TRADES_SCHEMA, "422 invalid schema");
    List<InMemoryProvider> providers = InMemoryProvider.all(world);

    // WHEN applied, then fixed and applied again
    new Applier(providers).apply(plan(world), e -> {});
    boolean recordedAfterFailure =
        providers.get(0).owned(ResourceKind.SCHEMA).contains(TRADES_SCHEMA.name());
    world.heal();
    new Applier(providers).apply(plan(world), e -> {});

    // THEN the subject is meshcode's only once its first version was registered
    assertThat(recordedAfterFailure).isFalse();
    assertThat(providers.get(0).owned(ResourceKind.SCHEMA)).containsExactly(TRADES_SCHEMA.name());
  }

  @Test
  void apply_reportsOnePairOfEventsPerPhase() {
    // GIVEN a plan that creates subject configs, schemas and topics
    InMemoryWorld world = new InMemoryWorld();
    List<ApplyEvent> events = new ArrayList<>();

    // WHEN it is applied
    new Applier(InMemoryProvider.all(world)).apply(plan(world), events::add);

    // THEN each phase is announced with its size, and finishes with its counts, in phase order
    assertThat(events)
        .containsExactly(
            new ApplyEvent.PhaseStarted(ResourceKind.SCHEMA_SUBJECT_CONFIG, false, 1),
            new ApplyEvent.PhaseFinished(ResourceKind.SCHEMA_SUBJECT_CONFIG, false, 1, 0, 0),
            new ApplyEvent.PhaseStarted(ResourceKind.SCHEMA, false, 1),
            new ApplyEvent.PhaseFinished(ResourceKind.SCHEMA, false, 1, 0, 0),
            new ApplyEvent.PhaseStarted(ResourceKind.KAFKA_TOPIC, false, 2),
            new ApplyEvent.PhaseFinished(ResourceKind.KAFKA_TOPIC, false, 2, 0, 0));
    assertThat(world.applyCalls()).isEqualTo(3);
  }

  @Test
  void apply_withoutProviderForASystem_failsThoseChangesOnly() {
    // GIVEN only the Kafka provider
    InMemoryWorld world = new InMemoryWorld();
    List<InMemoryProvider> kafkaOnly =
        InMemoryProvider.all(world).stream().filter(p -> p.system().equals("kafka")).toList();

    // WHEN a plan with schema changes is applied
    ApplyResult result = new Applier(kafkaOnly).apply(plan(world), e -> {});

    // THEN the registry's changes fail with the reason, the orders topic still applies
    assertThat(result.outcomes())
        .filteredOn(o -> o.address().kind() == ResourceKind.SCHEMA_SUBJECT_CONFIG)
        .extracting(ChangeOutcome::message)
        .containsExactly("No provider for schema-registry.");
    assertThat(result.outcomes())
        .filteredOn(o -> o.address().equals(ORDERS_TOPIC))
        .extracting(ChangeOutcome::status)
        .containsExactly(Status.APPLIED);
  }

  static Plan plan(InMemoryWorld world) {
    var desired = PlanFixtures.twoProducts();
    LiveState live = new Providers(InMemoryProvider.all(world)).read(ReadScope.of(desired));
    return new Planner().plan(desired, live, PlanOptions.defaults());
  }
}
