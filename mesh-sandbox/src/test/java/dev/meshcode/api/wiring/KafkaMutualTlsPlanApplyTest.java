package dev.meshcode.api.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.api.ApplyReport;
import dev.meshcode.api.ApplyRequest;
import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.PlanReport;
import dev.meshcode.api.PlanRequest;
import dev.meshcode.api.ProviderFactory;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.render.DiagnosticsText;
import dev.meshcode.render.PlanJson;
import dev.meshcode.render.PlanText;
import dev.meshcode.render.Summary;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerOptions;
import dev.meshcode.sandbox.KafkaTls;
import dev.meshcode.sandbox.TestTls;
import dev.meshcode.sandbox.TestTls.ClientKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual TLS end to end on a real broker whose client listener requires a client certificate
 * ({@code ssl.client.auth=required}): the environment names the client's key store by path and its
 * passwords (key store, key, trust store) by reference, or the key and certificate as PEM text by
 * reference; the facade resolves them, the Kafka provider connects, plans, applies and converges. A
 * client without a certificate, with one the broker does not trust, or with a wrong key password
 * gets {@code provider-failed} naming the environment, and no output shows a password.
 *
 * <p>Not {@link KafkaLoginCycle}: that cycle is about SASL logins (users, a wrong SASL password);
 * here no user logs in, the certificate is the identity.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaMutualTlsPlanApplyTest {

  private static final String TRUST_PASSWORD = "trust-Secret-5";
  private static final String STORE_PASSWORD = "store-Secret-3";
  private static final String KEY_PASSWORD = "key-Secret-8";

  private KafkaBroker broker;
  private List<String> hidden;
  private TestTls.Pem pem;
  private KafkaTls tls;
  private ClientKey client;
  private ClientKey stranger;

  @TempDir Path root;
  private final EnvKafkaProviders providers = new EnvKafkaProviders();
  private final List<String> events = new ArrayList<>();
  private final MeshCompiler compiler =
      new MeshCompiler(
          Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC),
          event -> events.add(event.toString()));

  @BeforeAll
  void start(@TempDir Path data) {
    client = TestTls.clientKey(data, "mesh", STORE_PASSWORD, KEY_PASSWORD);
    stranger = TestTls.clientKey(data, "stranger", STORE_PASSWORD, KEY_PASSWORD);
    tls = TestTls.createMutual(data, TRUST_PASSWORD, client);
    pem = TestTls.pem(client, STORE_PASSWORD, KEY_PASSWORD);
    String keyLine = pem.privateKey().lines().skip(5).findFirst().orElseThrow();
    hidden = List.of(TRUST_PASSWORD, STORE_PASSWORD, KEY_PASSWORD, pem.privateKey(), keyLine);
    broker =
        KafkaBroker.start(
            KafkaBrokerOptions.of(data.resolve("kafka")).tiedToThisJvm(true).withTls(tls));
  }

  @AfterAll
  void stop() {
    broker.stop();
  }

  @BeforeEach
  void mesh() throws IOException {
    write("mesh.yaml", MESH);
    write("domains/certified/domain.yaml", DOMAIN);
    write("domains/certified/orders.yaml", PRODUCT);
  }

  @AfterEach
  void close() {
    providers.close();
  }

  @Test
  void planApplyPlan_clientCertificateWithReferencedPasswords_createsThenConverges()
      throws IOException {
    // GIVEN an environment with the client's key store, its passwords by reference
    environment(trust() + keyStore(client));

    // WHEN planned, applied, planned again
    PlanReport first = compiler.plan(root, "test", PlanRequest.defaults(), factory(KEY_PASSWORD));
    ApplyReport applied =
        compiler.apply(root, "test", ApplyRequest.fresh(false), factory(KEY_PASSWORD));
    PlanReport again = compiler.plan(root, "test", PlanRequest.defaults(), factory(KEY_PASSWORD));

    // THEN the topic is created over the mutual-TLS listener, the second plan is empty
    assertThat(first.diagnostics().hasErrors()).as("%s", first.diagnostics()).isFalse();
    assertThat(first.plan().orElseThrow().changes())
        .extracting(c -> c.action().label() + " " + c.address())
        .containsExactly("create kafka_topic.certified.orders");
    assertThat(applied.succeeded()).as("%s", applied).isTrue();
    assertThat(again.diagnostics().hasErrors()).as("%s", again.diagnostics()).isFalse();
    assertThat(again.hasChanges()).isFalse();
    // AND neither plan, as text or JSON, nor any progress event shows a password
    for (PlanReport report : List.of(first, again)) {
      assertNoSecret(new PlanText().render(report.plan().orElseThrow()));
      assertNoSecret(new PlanJson().write(report.plan().orElseThrow()));
    }
    assertNoSecret(String.join("\n", events));
  }

  @Test
  void plan_pemKeyAndCertificateByReference_readsTheCluster() throws IOException {
    // GIVEN the client's key and certificate as PEM text in environment variables
    environment(
        trust()
            + ", ssl.keystore.type: PEM, ssl.keystore.key: \"${env:CLIENT_KEY}\","
            + " ssl.keystore.certificate.chain: \"${env:CLIENT_CERTIFICATE}\"");

    // WHEN planned
    PlanReport report = compiler.plan(root, "test", PlanRequest.defaults(), factory(KEY_PASSWORD));

    // THEN the broker accepted the certificate (the cluster was read), and the key is nowhere
    assertThat(report.diagnostics().hasErrors()).as("%s", report.diagnostics()).isFalse();
    assertNoSecret(new PlanText().render(report.plan().orElseThrow()));
    assertNoSecret(new PlanJson().write(report.plan().orElseThrow()));
    assertNoSecret(String.join("\n", events));
  }

  @Test
  void plan_noClientCertificate_isProviderFailedNamingTheEnvironment() throws IOException {
    // GIVEN a client that trusts the broker but presents no certificate
    environment(trust());

    // WHEN planned
    PlanReport refused = compiler.plan(root, "test", PlanRequest.defaults(), factory(KEY_PASSWORD));

    // THEN the broker refuses the handshake: provider-failed for environment 'test'
    Diagnostic failed = onlyProblem(refused);
    assertThat(failed.summary())
        .startsWith("Reading the live state of environment 'test' failed:")
        .contains("SslAuthenticationException");
  }

  @Test
  void plan_untrustedClientCertificate_isProviderFailedNamingTheEnvironment() throws IOException {
    // GIVEN a client whose certificate the broker's trust store does not hold
    environment(trust() + keyStore(stranger));

    // WHEN planned
    PlanReport refused = compiler.plan(root, "test", PlanRequest.defaults(), factory(KEY_PASSWORD));

    // THEN the broker refuses the handshake, and no password is shown
    Diagnostic failed = onlyProblem(refused);
    assertThat(failed.summary())
        .startsWith("Reading the live state of environment 'test' failed:")
        .contains("SslAuthenticationException");
  }

  @Test
  void plan_wrongKeyPassword_isProviderFailedWithoutThePassword() throws IOException {
    // GIVEN the right key store, but ${env:KEY_PASSWORD} holds a wrong key password
    environment(trust() + keyStore(client));
    String wrong = "not-the-Key-99";

    // WHEN planned
    PlanReport refused = compiler.plan(root, "test", PlanRequest.defaults(), factory(wrong));

    // THEN the client cannot even be set up: provider-failed, the wrong password nowhere
    Diagnostic failed = onlyProblem(refused);
    assertThat(failed.summary())
        .startsWith("Setting up the kafka client of environment 'test' failed:")
        .contains("cannot set up a Kafka client for " + broker.bootstrap())
        // the reason Kafka wraps in "Failed to create new KafkaAdminClient" is kept
        .contains("UnrecoverableKeyException: Cannot recover key");
    assertThat(new DiagnosticsText().render(refused.problems(), new Summary(1, 0, 0, 4, 1)))
        .doesNotContain(wrong);
  }

  private Diagnostic onlyProblem(PlanReport refused) {
    assertThat(refused.plan()).isEmpty();
    assertThat(refused.problems().all()).hasSize(1);
    Diagnostic failed = refused.problems().all().get(0);
    assertThat(failed.code()).isEqualTo("provider-failed");
    assertThat(failed.location().orElseThrow().file()).isEqualTo("environments/test.yaml");
    assertNoSecret(new DiagnosticsText().render(refused.problems(), new Summary(1, 0, 0, 4, 1)));
    assertNoSecret(failed.summary() + failed.detail() + failed.hint());
    return failed;
  }

  private void assertNoSecret(String output) {
    for (String secret : hidden) {
      assertThat(output).doesNotContain(secret);
    }
  }

  private String trust() {
    return "security.protocol: SSL, ssl.truststore.type: PKCS12, ssl.truststore.location: \""
        + tls.trustStore()
        + "\", ssl.truststore.password: \"${env:TRUSTSTORE_PASSWORD}\"";
  }

  private static String keyStore(ClientKey key) {
    return ", ssl.keystore.type: JKS, ssl.keystore.location: \""
        + key.keyStore()
        + "\", ssl.keystore.password: \"${env:KEYSTORE_PASSWORD}\","
        + " ssl.key.password: \"${env:KEY_PASSWORD}\"";
  }

  private void environment(String properties) throws IOException {
    write("environments/test.yaml", ENVIRONMENT.formatted(broker.bootstrap(), properties));
  }

  /** The real wiring; every password is behind an environment variable reference. */
  private ProviderFactory factory(String keyPassword) {
    Map<String, String> env =
        Map.of(
            "TRUSTSTORE_PASSWORD", TRUST_PASSWORD,
            "KEYSTORE_PASSWORD", STORE_PASSWORD,
            "KEY_PASSWORD", keyPassword,
            "CLIENT_KEY", pem.privateKey(),
            "CLIENT_CERTIFICATE", pem.certificateChain());
    return providers.with(env);
  }

  private void write(String file, String text) throws IOException {
    EnvKafkaProviders.write(root, file, text);
  }

  private static final String MESH =
      """
      apiVersion: meshcode.dev/v1
      kind: Mesh
      name: mtls
      defaults:
        topic:
          replicationFactor: 1
      """;

  private static final String DOMAIN =
      """
      apiVersion: meshcode.dev/v1
      kind: Domain
      name: certified
      description: A domain on a cluster that requires client certificates
      owners: ["@certified-team"]
      """;

  private static final String PRODUCT =
      """
      apiVersion: meshcode.dev/v1
      kind: DataProduct
      name: orders
      domain: certified
      owner: "@certified-team"
      quality: raw
      sla: tier-3
      topic:
        partitions: 1
      """;

  private static final String ENVIRONMENT =
      """
      apiVersion: meshcode.dev/v1
      kind: Environment
      name: test
      kafka:
        bootstrapServers: %s
        properties: { %s }
      """;
}
