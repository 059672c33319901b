package dev.meshcode.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.provider.Providers;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MeshCompiler#plan}: validation first, then environment, providers, read, plan, judge. */
class MeshCompilerPlanTest {

  @TempDir Path tmp;

  @Test
  void plan_newMesh_createsEverythingAndReportsStages() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);

    // WHEN
    PlanReport report =
        f.compiler().plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory());

    // THEN
    assertThat(report.hasErrors()).as("%s", report.diagnostics()).isFalse();
    Plan plan = report.plan().orElseThrow();
    assertThat(plan.changes()).isNotEmpty().allMatch(c -> c.action() == Action.CREATE);
    assertThat(plan.changes().stream().map(c -> c.address().toString()))
        .contains("kafka_topic.execution.orders", "schema.execution.trades-value");
    assertThat(f.factoryCalls).containsExactly("sandbox");
    assertThat(stages(f)).contains("lower", "read", "plan", "compatibility");
  }

  @Test
  void plan_unknownEnvironment_listsTheDeclaredOnes() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);

    // WHEN
    PlanReport report = f.compiler().plan(f.meshRoot, "prod", PlanRequest.defaults(), f.factory());

    // THEN
    assertThat(report.plan()).isEmpty();
    assertThat(report.problems().all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-environment");
              assertThat(d.summary())
                  .isEqualTo("The environment 'prod' is not declared in this mesh.");
              assertThat(d.detail()).isEqualTo("Declared environments: sandbox, staging.");
              assertThat(d.location()).isEmpty();
            });
    assertThat(f.factoryCalls).isEmpty();
  }

  @Test
  void plan_blankEnvironment_saysOneMustBeChosen() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);

    // WHEN
    PlanReport report = f.compiler().plan(f.meshRoot, " ", PlanRequest.defaults(), f.factory());

    // THEN
    Diagnostic only = report.problems().all().get(0);
    assertThat(only.code()).isEqualTo("environment-required");
    assertThat(only.detail()).isEqualTo("Declared environments: sandbox, staging.");
    assertThat(f.factoryCalls).isEmpty();
  }

  @Test
  void plan_validationErrors_neverCallsTheProviderFactory() {
    // GIVEN a product with an unknown field
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    FacadeFixtures.write(
        f.meshRoot.resolve("domains/execution/orders/product.yaml"),
        "apiVersion: meshcode.dev/v1\nkind: DataProduct\nname: orders\ndomain: execution\n"
            + "owner: \"@execution-team\"\nbogus: 1\n");

    // WHEN
    PlanReport report =
        f.compiler().plan(f.meshRoot, "sandbox", PlanRequest.defaults(), f.factory());

    // THEN
    assertThat(report.validation().passed()).isFalse();
    assertThat(report.problems().isEmpty()).isTrue();
    assertThat(report.plan()).isEmpty();
    assertThat(f.factoryCalls).isEmpty();
  }

  @Test
  void plan_environmentWithoutRegistryProvider_reportsProviderMissing() {
    // GIVEN only the Kafka provider
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    ProviderFactory kafkaOnly =
        env ->
            new Providers(
                InMemoryProvider.all(f.world).stream()
                    .filter(p -> p.system().equals("kafka"))
                    .toList());

    // WHEN
    PlanReport report = f.compiler().plan(f.meshRoot, "sandbox", PlanRequest.defaults(), kafkaOnly);

    // THEN
    assertThat(report.plan()).isEmpty();
    Diagnostic missing = report.problems().all().get(0);
    assertThat(missing.code()).isEqualTo("provider-missing");
    assertThat(missing.summary())
        .isEqualTo(
            "Environment 'sandbox' has no provider for schema-registry, which 6 declared"
                + " resources need.");
    assertThat(missing.location().orElseThrow().file()).isEqualTo("environments/sandbox.yaml");
  }

  @Test
  void plan_providerFailsToRead_reportsADiagnosticNamingTheEnvironment() {
    // GIVEN a Kafka provider whose cluster cannot be reached
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    ProviderFactory unreachable =
        env ->
            new Providers(
                InMemoryProvider.all(f.world).stream()
                    .map(p -> p.system().equals("kafka") ? unreachableKafka(p) : p)
                    .toList());

    // WHEN
    PlanReport report =
        f.compiler().plan(f.meshRoot, "sandbox", PlanRequest.defaults(), unreachable);

    // THEN no plan, and one diagnostic that says what failed and what to do
    assertThat(report.plan()).isEmpty();
    Diagnostic failed = report.problems().all().get(0);
    assertThat(failed.code()).isEqualTo("provider-failed");
    assertThat(failed.summary())
        .isEqualTo(
            "Reading the live state of environment 'sandbox' failed: kafka describeTopics:"
                + " timed out after 30000 ms");
    assertThat(failed.detail()).isEqualTo("Caused by: TimeoutException: no broker answered");
    assertThat(failed.hint()).startsWith("Check that the kafka endpoint of this Environment");
    assertThat(failed.location().orElseThrow().file()).isEqualTo("environments/sandbox.yaml");
  }

  private static Provider unreachableKafka(Provider kafka) {
    return new Provider() {
      @Override
      public String system() {
        return kafka.system();
      }

      @Override
      public Set<ResourceKind> kinds() {
        return kafka.kinds();
      }

      @Override
      public LiveState read(ReadScope scope) {
        throw new ProviderException(
            "kafka",
            "describeTopics",
            "timed out after 30000 ms",
            new TimeoutException("no broker answered"));
      }

      @Override
      public List<ChangeOutcome> apply(List<ResourceChange> batch) {
        throw new AssertionError("a plan never applies");
      }
    };
  }

  @Test
  void plan_providerCannotBeSetUp_reportsProviderFailedNamingTheEnvironment() {
    // GIVEN a factory whose Kafka client refuses its settings (a key store that does not open)
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    ProviderFactory refusing =
        env -> {
          throw new ProviderException(
              "kafka", "connect", "cannot set up a Kafka client for broker:9093", null);
        };

    // WHEN
    PlanReport report = f.compiler().plan(f.meshRoot, "sandbox", PlanRequest.defaults(), refusing);

    // THEN a diagnostic, not an exception: what failed, for which environment, what to check
    assertThat(report.plan()).isEmpty();
    assertThat(report.problems().all()).hasSize(1);
    Diagnostic failed = report.problems().all().get(0);
    assertThat(failed.code()).isEqualTo("provider-failed");
    assertThat(failed.summary())
        .isEqualTo(
            "Setting up the kafka client of environment 'sandbox' failed: kafka connect:"
                + " cannot set up a Kafka client for broker:9093");
    assertThat(failed.hint())
        .isEqualTo(
            "Check the kafka endpoint's properties in this Environment document (key and trust"
                + " store paths, types and passwords), then run again. Nothing was changed.");
    assertThat(failed.location().orElseThrow().file()).isEqualTo("environments/sandbox.yaml");
  }

  @Test
  void plan_unresolvedSecret_reportsTheReferenceNotAValue() {
    // GIVEN a factory whose resolver finds nothing
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);
    SecretResolver none = new MapSecrets(java.util.Map.of());
    ProviderFactory factory =
        env -> {
          none.resolve(new dev.meshcode.model.SecretRef("SR_PASSWORD"));
          return new Providers(List.of());
        };

    // WHEN
    PlanReport report = f.compiler().plan(f.meshRoot, "sandbox", PlanRequest.defaults(), factory);

    // THEN
    Diagnostic secret = report.problems().all().get(0);
    assertThat(secret.code()).isEqualTo("secret-unresolved");
    assertThat(secret.summary()).isEqualTo("The environment variable SR_PASSWORD is not set.");
    assertThat(secret.detail())
        .isEqualTo(
            "Environment 'sandbox' refers to ${env:SR_PASSWORD}; meshcode never stores the value.");
  }

  @Test
  void plan_prefixedEnvironment_plansThePrefixedNames() {
    // GIVEN
    FacadeFixtures f = FacadeFixtures.scenario("new-mesh", tmp);

    // WHEN
    PlanReport report =
        f.compiler().plan(f.meshRoot, "staging", PlanRequest.defaults(), f.factory());

    // THEN
    assertThat(report.plan().orElseThrow().changes())
        .extracting(ResourceChange::address)
        .extracting(Object::toString)
        .contains("kafka_topic.stg.execution.orders");
  }

  private static List<String> stages(FacadeFixtures f) {
    return f.events.stream()
        .filter(MeshEvent.StageFinished.class::isInstance)
        .map(e -> ((MeshEvent.StageFinished) e).stage())
        .toList();
  }
}
