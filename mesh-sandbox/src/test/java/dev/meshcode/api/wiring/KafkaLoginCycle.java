package dev.meshcode.api.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.api.ApplyReport;
import dev.meshcode.api.ApplyRequest;
import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.MeshEvent;
import dev.meshcode.api.PlanReport;
import dev.meshcode.api.PlanRequest;
import dev.meshcode.api.ProviderFactory;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials end to end on a real broker that requires a login (SASL/PLAIN over plaintext, and
 * over TLS: SASL_SSL, what production clusters use): the environment names the password (and the
 * trust store's password) by reference, the facade resolves them, the Kafka provider logs in,
 * plans, applies and converges; a wrong password is a {@code provider-failed} diagnostic that never
 * shows it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KafkaLoginCycle {

  private static final String PASSWORD = "mesh-Secret-42";
  static final String TRUST_PASSWORD = "trust-Secret-5";
  private KafkaBroker broker;

  /** Per class: the cluster's data and TLS material. */
  Path data;

  @TempDir Path root;
  private final EnvKafkaProviders providers = new EnvKafkaProviders();
  private final MeshCompiler compiler =
      new MeshCompiler(
          Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC),
          MeshEvent.Listener.ignoring());

  @BeforeAll
  void start(@TempDir Path dir) {
    data = dir;
    broker =
        KafkaBroker.start(
            secure(
                KafkaBrokerOptions.of(data.resolve("kafka"))
                    .tiedToThisJvm(true)
                    .withSaslUsers(Map.of("admin", "admin-Secret-7", "mesh", PASSWORD))));
  }

  @AfterAll
  void stop() {
    broker.stop();
  }

  KafkaBrokerOptions secure(KafkaBrokerOptions options) {
    return options;
  }

  String clientProperties() {
    return "security.protocol: SASL_PLAINTEXT, sasl.mechanism: PLAIN";
  }

  @BeforeEach
  void mesh() throws IOException {
    write("mesh.yaml", MESH);
    write("domains/secure/domain.yaml", DOMAIN);
    write("domains/secure/orders.yaml", PRODUCT);
    write("environments/test.yaml", ENVIRONMENT.formatted(broker.bootstrap(), clientProperties()));
  }

  @AfterEach
  void close() {
    providers.close();
  }

  @Test
  void planApplyPlan_loginFromASecretReference_createsThenConverges() {
    // WHEN planned and applied as `mesh`, whose password comes from ${env:MESH_KAFKA_PASSWORD}
    PlanReport first = compiler.plan(root, "test", PlanRequest.defaults(), factory(PASSWORD));
    ApplyReport applied =
        compiler.apply(root, "test", ApplyRequest.fresh(false), factory(PASSWORD));

    // THEN the topic is created over the authenticated listener, and a plan after it is empty
    assertThat(first.diagnostics().hasErrors()).as("%s", first.diagnostics()).isFalse();
    assertThat(first.plan().orElseThrow().changes())
        .extracting(c -> c.action().label() + " " + c.address())
        .containsExactly("create kafka_topic.secure.orders");
    assertThat(applied.succeeded()).isTrue();
    assertThat(compiler.plan(root, "test", PlanRequest.defaults(), factory(PASSWORD)).hasChanges())
        .isFalse();
  }

  @Test
  void plan_wrongPassword_isProviderFailedWithoutThePassword() {
    // WHEN planned with a password the broker refuses
    String wrong = "not-the-Password-99";
    PlanReport refused = compiler.plan(root, "test", PlanRequest.defaults(), factory(wrong));

    // THEN one provider-failed diagnostic that says authentication failed, and no password in it
    assertThat(refused.plan()).isEmpty();
    Diagnostic failed = refused.problems().all().get(0);
    assertThat(failed.code()).isEqualTo("provider-failed");
    assertThat(failed.summary() + failed.detail()).containsIgnoringCase("authentication");
    assertThat(failed.summary() + failed.detail() + failed.hint())
        .doesNotContain(wrong)
        .doesNotContain(PASSWORD)
        .doesNotContain(TRUST_PASSWORD);
  }

  /** The real wiring, with the password behind an environment variable reference. */
  private ProviderFactory factory(String password) {
    return providers.with(
        Map.of("MESH_KAFKA_PASSWORD", password, "TRUSTSTORE_PASSWORD", TRUST_PASSWORD));
  }

  private void write(String file, String text) throws IOException {
    EnvKafkaProviders.write(root, file, text);
  }

  private static final String MESH =
      """
      apiVersion: meshcode.dev/v1
      kind: Mesh
      name: sasl
      defaults:
        topic:
          replicationFactor: 1
      """;

  private static final String DOMAIN =
      """
      apiVersion: meshcode.dev/v1
      kind: Domain
      name: secure
      description: A domain on a cluster that requires a login
      owners: ["@secure-team"]
      """;

  private static final String PRODUCT =
      """
      apiVersion: meshcode.dev/v1
      kind: DataProduct
      name: orders
      domain: secure
      owner: "@secure-team"
      quality: raw
      sla: tier-3
      topic:
        partitions: 1
        configs:
          retention.ms: 3600000
      """;

  private static final String ENVIRONMENT =
      """
      apiVersion: meshcode.dev/v1
      kind: Environment
      name: test
      kafka:
        bootstrapServers: %s
        properties: { %s }
        credentials: { username: mesh, password: "${env:MESH_KAFKA_PASSWORD}" }
      """;
}
