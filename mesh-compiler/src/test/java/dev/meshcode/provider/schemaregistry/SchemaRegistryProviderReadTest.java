package dev.meshcode.provider.schemaregistry;

import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.error;
import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading live state: the planner's attribute form, orphans from one listing, no false drift. */
class SchemaRegistryProviderReadTest {

  private static final String MONEY =
      "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"demo\","
          + "\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}";
  private static final String ORDER =
      "{\n  \"type\": \"record\", \"name\": \"Order\", \"namespace\": \"demo\",\n"
          + "  \"fields\": [ {\"name\": \"price\", \"type\": \"demo.Money\"} ]\n}";

  private ConfluentFake fake;
  private SchemaRegistryProvider provider;

  @BeforeEach
  void start() throws IOException {
    fake = new ConfluentFake();
    provider =
        SchemaRegistryProvider.create(
            RegistrySettings.of(fake.uri()).withRetry(RetryPolicy.none()));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void read_schemaWithReference_reportsCanonicalTextTypeAndReferences() {
    // GIVEN a subject whose latest version references demo.Money, and no subject-level config
    fake.on("GET /subjects", json(200, "[\"money\",\"orders-value\"]"));
    fake.on(
        "GET /subjects/orders-value/versions/latest",
        json(200, version("orders-value", 7, 2, ORDER, ",\"references\":" + moneyRef(3))));
    fake.on("GET /subjects/money/versions/3", json(200, version("money", 5, 3, MONEY, "")));
    fake.on("GET /config/orders-value", error(404, 40408, "Subject does not have compatibility"));

    // WHEN both kinds of the subject are read
    LiveState live = provider.read(ReadScope.exactly(both("orders-value")));

    // THEN the schema is in canonical form, the unset config is absent
    assertThat(live.resources()).hasSize(1);
    Resource schema = live.get(address(ResourceKind.SCHEMA, "orders-value")).orElseThrow();
    assertThat(schema.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "schema_type", "AVRO",
                "references", "demo.Money=money",
                "schema",
                    "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"demo\",\"fields\":"
                        + "[{\"name\":\"price\",\"type\":\"Money\"}]}"));
  }

  @Test
  void read_subjectLevelSet_reportsIt() {
    fake.on("GET /config/orders-value", json(200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}"));

    LiveState live =
        provider.read(
            ReadScope.exactly(
                List.of(address(ResourceKind.SCHEMA_SUBJECT_CONFIG, "orders-value"))));

    assertThat(live.get(address(ResourceKind.SCHEMA_SUBJECT_CONFIG, "orders-value")))
        .map(Resource::attributes)
        .contains(Map.of("compatibility", "FULL_TRANSITIVE"));
    assertThat(fake.seen()).extracting(s -> s.target()).containsExactly("/config/orders-value");
  }

  @Test
  void read_ownedPrefix_listsSubjectsOnceAndReadsOnlyOwnedOnes() {
    // GIVEN two subjects, one under the owned prefix
    fake.on("GET /subjects", json(200, "[\"dev.exec.a-value\",\"other-value\"]"));
    fake.on(
        "GET /subjects/dev.exec.a-value/versions/latest",
        json(200, version("dev.exec.a-value", 1, 1, MONEY, "")));

    // WHEN a scope with nothing declared but the owned prefix is read
    LiveState live =
        provider.read(
            new ReadScope(
                new TreeSet<>(),
                List.of(
                    new OwnedPrefix(
                        ResourceKind.SCHEMA, "dev.exec.", SourceLocation.ofFile("d.yaml")))));

    // THEN the owned subject is an orphan; the other one is never read
    assertThat(live.resources().keySet())
        .containsExactly(address(ResourceKind.SCHEMA, "dev.exec.a-value"));
    assertThat(fake.seen())
        .extracting(s -> s.method() + " " + s.target())
        .containsExactly("GET /subjects", "GET /subjects/dev.exec.a-value/versions/latest");
  }

  @Test
  void read_registryWithoutSubjects_readsNoVersionsButStillTheLevels() {
    // GIVEN a new environment: the registry lists no subject; one level was set already
    fake.on("GET /subjects", json(200, "[]"));
    fake.on("GET /config/a-value", json(200, "{\"compatibilityLevel\":\"FULL\"}"));
    fake.on("GET /config/b-value", error(404, 40408, "Subject does not have compatibility"));

    // WHEN two subjects are read, both kinds
    List<ResourceAddress> scope = new java.util.ArrayList<>(both("a-value"));
    scope.addAll(both("b-value"));
    LiveState live = provider.read(ReadScope.exactly(scope));

    // THEN one listing and one level read per subject: no version read can find anything
    assertThat(live.resources().keySet())
        .containsExactly(address(ResourceKind.SCHEMA_SUBJECT_CONFIG, "a-value"));
    assertThat(fake.seen())
        .extracting(r -> r.method() + " " + r.target())
        .containsExactlyInAnyOrder("GET /subjects", "GET /config/a-value", "GET /config/b-value");
  }

  @Test
  void read_registryUnreachable_throwsProviderExceptionNamingTheSubject() throws IOException {
    // GIVEN a port nobody listens on
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    SchemaRegistryProvider down =
        SchemaRegistryProvider.create(
            RegistrySettings.of(URI.create("http://127.0.0.1:" + port))
                .withRetry(RetryPolicy.none()));

    // WHEN / THEN
    assertThatThrownBy(() -> down.read(ReadScope.exactly(both("orders-value"))))
        .isInstanceOf(ProviderException.class)
        .hasMessageStartingWith("schema-registry subject listing: GET /subjects");
  }

  @Test
  void read_manySubjects_runsConcurrentlyUpToTheClientLimit() {
    // GIVEN 40 subjects, each answering after 100 ms (long enough for 4 requests to overlap even
    // on a busy machine), and a limit of 4 requests in flight
    List<ResourceAddress> scope = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      names.add("\"s" + i + "\"");
      fake.on(
          "GET /subjects/s" + i + "/versions/latest",
          json(200, version("s" + i, i, 1, "\"string\"", "")).delayed(100));
      scope.add(address(ResourceKind.SCHEMA, "s" + i));
    }
    fake.on("GET /subjects", json(200, "[" + String.join(",", names) + "]"));
    SchemaRegistryProvider limited =
        SchemaRegistryProvider.create(
            RegistrySettings.of(fake.uri()).withRetry(RetryPolicy.none()).withMaxConcurrency(4));

    // WHEN read
    LiveState live = limited.read(ReadScope.exactly(scope));

    // THEN every subject is read, never more than 4 at once, but not one at a time either
    assertThat(live.resources()).hasSize(40);
    assertThat(fake.maxInFlight()).isEqualTo(4);
  }

  @Test
  void read_credentialsRefused_messageNamesTheStatusButNotTheSecret() {
    fake.on("GET /subjects", error(401, 40101, "Unauthorized"));
    SchemaRegistryProvider withSecret =
        SchemaRegistryProvider.create(
            RegistrySettings.of(fake.uri())
                .withRetry(RetryPolicy.none())
                .withCredentials(new RegistryCredentials("svc-mesh", "s3cret-Value")));

    assertThatThrownBy(
            () ->
                withSecret.read(
                    ReadScope.exactly(List.of(address(ResourceKind.SCHEMA, "orders-value")))))
        .isInstanceOf(ProviderException.class)
        .hasMessage(
            "schema-registry subject listing: GET /subjects failed: HTTP 401 (error_code 40101):"
                + " Unauthorized")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-Value"));
    assertThat(fake.seen().get(0).header("Authorization")).isPresent();
  }

  static String version(String subject, int id, int version, String schema, String extra) {
    return "{\"subject\":\""
        + subject
        + "\",\"id\":"
        + id
        + ",\"version\":"
        + version
        + ",\"schema\":"
        + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(schema)
        + extra
        + "}";
  }

  private static String moneyRef(int version) {
    return "[{\"name\":\"demo.Money\",\"subject\":\"money\",\"version\":" + version + "}]";
  }

  private static List<ResourceAddress> both(String subject) {
    return List.of(
        address(ResourceKind.SCHEMA_SUBJECT_CONFIG, subject),
        address(ResourceKind.SCHEMA, subject));
  }

  private static ResourceAddress address(ResourceKind kind, String subject) {
    return new ResourceAddress(kind, subject);
  }
}
