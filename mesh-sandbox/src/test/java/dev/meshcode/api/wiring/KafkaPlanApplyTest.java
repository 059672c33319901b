package dev.meshcode.api.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.api.ApplyReport;
import dev.meshcode.api.ApplyRequest;
import dev.meshcode.api.Login;
import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.MeshEvent;
import dev.meshcode.api.PlanReport;
import dev.meshcode.api.PlanRequest;
import dev.meshcode.api.ProviderFactory;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.Providers;
import dev.meshcode.provider.kafka.KafkaProvider;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole cycle on a real broker, through the facade and {@link KafkaProviderPlugin}: a tiny mesh
 * of two products without schemas is planned, applied, planned again, then changed. Each test uses
 * a domain (and so a topic prefix) of its own.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaPlanApplyTest {

  private static final SecretResolver NO_SECRETS =
      new SecretResolver() {
        @Override
        public Optional<String> environmentVariable(String name) {
          return Optional.empty();
        }

        @Override
        public Optional<Login> server(String id) {
          return Optional.empty();
        }
      };

  @TempDir Path root;
  private String domain;
  private final List<Provider> created = new ArrayList<>();
  private final MeshCompiler compiler =
      new MeshCompiler(
          Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC),
          MeshEvent.Listener.ignoring());

  @BeforeEach
  void mesh(KafkaBroker broker) throws IOException {
    domain = "kp" + UUID.randomUUID().toString().substring(0, 8);
    write("mesh.yaml", MESH);
    write("domains/" + domain + "/domain.yaml", DOMAIN.formatted(domain));
    write("domains/" + domain + "/orders.yaml", product("orders", 2, "3600000"));
    write("domains/" + domain + "/events.yaml", product("events", 1, "86400000"));
    write("environments/test.yaml", ENVIRONMENT.formatted(broker.bootstrap()));
  }

  @AfterEach
  void close() {
    created.forEach(p -> ((KafkaProvider) p).close());
  }

  @Test
  void planApplyPlan_newMesh_createsThenConverges() {
    // WHEN the new mesh is planned
    PlanReport first = plan();

    // THEN both topics are created
    assertThat(first.diagnostics().hasErrors()).isFalse();
    assertThat(changes(first))
        .containsExactly(
            "create kafka_topic." + domain + ".events", "create kafka_topic." + domain + ".orders");

    // WHEN it is applied
    ApplyReport applied = apply();

    // THEN every change applied, and a plan right after is empty
    assertThat(applied.succeeded()).isTrue();
    assertThat(applied.result().orElseThrow().applied()).isEqualTo(2);
    assertThat(plan().hasChanges()).isFalse();
  }

  @Test
  void plan_configChangedInDescriptor_oneUpdateThenConverges() throws IOException {
    // GIVEN the mesh applied, then one product's retention changed
    assertThat(apply().succeeded()).isTrue();
    write("domains/" + domain + "/orders.yaml", product("orders", 2, "7200000"));

    // WHEN
    PlanReport update = plan();

    // THEN one update of that one config
    assertThat(changes(update)).containsExactly("update kafka_topic." + domain + ".orders");
    ResourceChange change = update.plan().orElseThrow().changes().get(0);
    assertThat(change.attributeChanges())
        .extracting(a -> a.name() + ": " + a.before().orElse("-") + " -> " + a.after().orElse("-"))
        .containsExactly("config.retention.ms: 3600000 -> 7200000");

    // AND applying it converges
    assertThat(apply().succeeded()).isTrue();
    assertThat(plan().hasChanges()).isFalse();
  }

  @Test
  void plan_partitionsDecreased_reportsErrorAndNoChange() throws IOException {
    // GIVEN the mesh applied, then one product's partitions lowered from 2 to 1
    assertThat(apply().succeeded()).isTrue();
    write("domains/" + domain + "/orders.yaml", product("orders", 1, "3600000"));

    // WHEN
    PlanReport decrease = plan();

    // THEN an error at the partitions line, and nothing to change
    assertThat(decrease.reported("partition-decrease")).isTrue();
    assertThat(decrease.diagnostics().all())
        .filteredOn(d -> d.code().equals("partition-decrease"))
        .extracting(d -> d.location().map(l -> l.file() + ":" + l.line() + ":" + l.column()))
        .containsExactly(Optional.of("domains/" + domain + "/orders.yaml:9:15"));
    assertThat(decrease.hasChanges()).isFalse();
  }

  private PlanReport plan() {
    return compiler.plan(root, "test", PlanRequest.defaults(), factory());
  }

  private ApplyReport apply() {
    return compiler.apply(root, "test", ApplyRequest.fresh(false), factory());
  }

  /** The real wiring: the plugin builds the provider from the environment's endpoint. */
  private ProviderFactory factory() {
    return environment -> {
      Provider kafka = new KafkaProviderPlugin().create(environment, NO_SECRETS);
      created.add(kafka);
      return new Providers(List.of(kafka));
    };
  }

  private static List<String> changes(PlanReport report) {
    Plan plan = report.plan().orElseThrow();
    return plan.changes().stream()
        .filter(c -> c.action() != Action.NO_OP)
        .map(c -> c.action().label() + " " + c.address())
        .toList();
  }

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private String product(String name, int partitions, String retention) {
    return PRODUCT.formatted(name, domain, partitions, retention);
  }

  private static final String MESH =
      """
      apiVersion: meshcode.dev/v1
      kind: Mesh
      name: e2e
      defaults:
        topic:
          replicationFactor: 1
      """;

  private static final String DOMAIN =
      """
      apiVersion: meshcode.dev/v1
      kind: Domain
      name: %s
      description: End-to-end test domain
      owners: ["@e2e-team"]
      """;

  private static final String PRODUCT =
      """
      apiVersion: meshcode.dev/v1
      kind: DataProduct
      name: %s
      domain: %s
      owner: "@e2e-team"
      quality: raw
      sla: tier-3
      topic:
        partitions: %d
        configs:
          retention.ms: %s
      """;

  private static final String ENVIRONMENT =
      """
      apiVersion: meshcode.dev/v1
      kind: Environment
      name: test
      kafka:
        bootstrapServers: %s
      """;
}
