package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.model.Compatibility;
import dev.meshcode.provider.schemaregistry.CompatibilityVerdict;
import dev.meshcode.provider.schemaregistry.RegistryBatch;
import dev.meshcode.provider.schemaregistry.RegistryError;
import dev.meshcode.provider.schemaregistry.RegistryException;
import dev.meshcode.provider.schemaregistry.RegistryMode;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaDefinition;
import dev.meshcode.provider.schemaregistry.SchemaReference;
import dev.meshcode.provider.schemaregistry.SchemaRegistryClient;
import dev.meshcode.provider.schemaregistry.SchemaType;
import dev.meshcode.provider.schemaregistry.SubjectVersion;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry client against a real Apicurio Registry 3.3.3 ({@code /apis/ccompat/v7}), started
 * once per test run. Where Apicurio differs from Confluent, the test pins Apicurio's behaviour and
 * says so, so an upgrade that changes it shows up here.
 */
@ExtendWith(ApicurioTestServer.class)
class RegistryClientApicurioTest {

  private static final String ORDER_V1 =
      "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"demo\",\"fields\":"
          + "[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}";
  private static final String ORDER_V1_REFORMATTED =
      "{\n  \"namespace\" : \"demo\", \"type\" : \"record\", \"name\" : \"Order\",\n"
          + "  \"fields\" : [ { \"type\" : \"string\", \"name\" : \"id\" },\n"
          + "               { \"name\" : \"amount\", \"type\" : \"double\" } ]\n}";
  private static final String ORDER_BREAKING =
      "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"demo\",\"fields\":"
          + "[{\"name\":\"id\",\"type\":\"int\"},{\"name\":\"amount\",\"type\":\"double\"}]}";

  private SchemaRegistryClient client;
  private String subject;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    client = SchemaRegistryClient.create(RegistrySettings.of(URI.create(registry.url())));
    subject = "orders-" + UUID.randomUUID() + "-value";
  }

  private static SchemaDefinition avro(String schema) {
    return SchemaDefinition.of(SchemaType.AVRO, schema);
  }

  @Test
  void register_sameSchemaTwice_sameIdAndOneVersion() {
    int first = client.register(subject, avro(ORDER_V1));
    int second = client.register(subject, avro(ORDER_V1));

    assertThat(second).isEqualTo(first);
    assertThat(client.versions(subject)).contains(List.of(1));
    SubjectVersion latest = client.latest(subject).orElseThrow();
    assertThat(latest.id()).isEqualTo(first);
    assertThat(latest.definition().type()).isEqualTo(SchemaType.AVRO);
    assertThat(client.subjects()).contains(subject);
  }

  @Test
  void lookupAndRegister_reformattedSchema_matchTheExistingVersion() {
    int id = client.register(subject, avro(ORDER_V1));

    Optional<SubjectVersion> found = client.lookup(subject, avro(ORDER_V1_REFORMATTED));
    int again = client.register(subject, avro(ORDER_V1_REFORMATTED));

    assertThat(found).map(SubjectVersion::version).contains(1);
    assertThat(found).map(SubjectVersion::id).contains(id);
    assertThat(again).isEqualTo(id);
    assertThat(client.versions(subject)).contains(List.of(1));
  }

  @Test
  void register_withReference_readsTheReferenceBack() {
    String money = "money-" + UUID.randomUUID();
    client.register(
        money,
        avro(
            "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"demo\",\"fields\":"
                + "[{\"name\":\"cents\",\"type\":\"long\"}]}"));
    SchemaReference ref = new SchemaReference("demo.Money", money, 1);
    SchemaDefinition order =
        avro("{\"type\":\"record\",\"name\":\"Priced\",\"namespace\":\"demo\",\"fields\":"
                + "[{\"name\":\"price\",\"type\":\"demo.Money\"}]}")
            .withReferences(List.of(ref));

    int id = client.register(subject, order);

    SubjectVersion latest = client.latest(subject).orElseThrow();
    assertThat(latest.definition().references()).containsExactly(ref);
    assertThat(client.lookup(subject, order)).map(SubjectVersion::id).contains(id);
  }

  @Test
  void compatibility_setBeforeFirstRegistration_isKeptAndEnforced() {
    assertThat(client.subjectCompatibility(subject)).as("unknown subject").isEmpty();

    client.setSubjectCompatibility(subject, Compatibility.BACKWARD);
    client.register(subject, avro(ORDER_V1));

    assertThat(client.subjectCompatibility(subject)).contains(Compatibility.BACKWARD);
    CompatibilityVerdict verdict = client.checkCompatibility(subject, avro(ORDER_BREAKING));
    assertThat(verdict.compatible()).isFalse();
    assertThat(verdict.messages()).as("Apicurio 3 sends no verbose messages").isEmpty();
    assertThatThrownBy(() -> client.register(subject, avro(ORDER_BREAKING)))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.INCOMPATIBLE_SCHEMA))
        .hasMessageContaining("HTTP 409")
        .hasMessageContaining("reader type: INT not compatible with writer type: STRING");
    assertThat(client.checkCompatibility(subject, avro(ORDER_V1_REFORMATTED)).compatible())
        .isTrue();
  }

  @Test
  void checkCompatibilityWithAll_transitiveLevel_catchesWhatLatestMisses() {
    // v2 drops f and adds g (with a default): backward compatible with v1.
    String v2 =
        "{\"type\":\"record\",\"name\":\"T\",\"fields\":"
            + "[{\"name\":\"g\",\"type\":\"int\",\"default\":0}]}";
    // v3 brings f back as an int: fine against v2, but it cannot read v1's string f.
    String v3 =
        "{\"type\":\"record\",\"name\":\"T\",\"fields\":"
            + "[{\"name\":\"g\",\"type\":\"int\",\"default\":0},"
            + "{\"name\":\"f\",\"type\":\"int\",\"default\":0}]}";
    client.register(
        subject,
        avro(
            "{\"type\":\"record\",\"name\":\"T\",\"fields\":"
                + "[{\"name\":\"f\",\"type\":\"string\"}]}"));
    client.register(subject, avro(v2));
    client.setSubjectCompatibility(subject, Compatibility.BACKWARD_TRANSITIVE);

    assertThat(client.checkCompatibility(subject, avro(v3)).compatible()).isTrue();
    assertThat(client.checkCompatibilityWithAll(subject, avro(v3)).compatible()).isFalse();
    assertThatThrownBy(() -> client.register(subject, avro(v3)))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.INCOMPATIBLE_SCHEMA));
  }

  @Test
  void compatibility_unsetOnExistingSubject_readsAsTheGlobalNone() {
    client.register(subject, avro(ORDER_V1));

    assertThat(client.globalCompatibility()).as("Apicurio's default").isEqualTo(Compatibility.NONE);
    assertThat(client.subjectCompatibility(subject))
        .as("Apicurio answers the global level where Confluent answers 40408")
        .contains(Compatibility.NONE);
  }

  @Test
  void unknownSubject_readsAreEmptyAndCheckIsCompatible() {
    assertThat(client.versions(subject)).isEmpty();
    assertThat(client.latest(subject)).isEmpty();
    assertThat(client.version(subject, 3)).isEmpty();
    assertThat(client.lookup(subject, avro(ORDER_V1))).isEmpty();
    assertThat(client.checkCompatibility(subject, avro(ORDER_V1)).compatible()).isTrue();
  }

  @Test
  void register_jsonAndProtobuf_keepTheirType() {
    client.register(
        subject, SchemaDefinition.of(SchemaType.JSON, "{\"type\":\"object\",\"properties\":{}}"));
    String proto = subject.replace("-value", "-proto");
    client.register(
        proto,
        SchemaDefinition.of(
            SchemaType.PROTOBUF,
            "syntax = \"proto3\";\npackage demo;\nmessage M { string a = 1; }"));

    assertThat(client.latest(subject).orElseThrow().definition().type()).isEqualTo(SchemaType.JSON);
    assertThat(client.latest(proto).orElseThrow().definition().type())
        .isEqualTo(SchemaType.PROTOBUF);
    assertThat(client.subjects(subject)).containsExactly(subject);
  }

  @Test
  void register_dataContract_acceptedButDroppedByApicurio() throws Exception {
    ObjectMapper m = new ObjectMapper();
    SchemaDefinition withContract =
        avro(ORDER_V1)
            .withContract(
                Optional.of(m.readTree("{\"properties\":{\"owner\":\"team-a\"}}")),
                Optional.of(
                    m.readTree(
                        "{\"domainRules\":[{\"name\":\"positive\",\"kind\":\"CONDITION\","
                            + "\"mode\":\"WRITE\",\"type\":\"CEL\",\"expr\":\"message.amount > 0\"}]}")));

    client.register(subject, withContract);

    SubjectVersion latest = client.latest(subject).orElseThrow();
    assertThat(latest.definition().metadata()).isEmpty();
    assertThat(latest.definition().ruleSet()).isEmpty();
  }

  @Test
  void register_unparsableSchema_isInvalidSchema() {
    assertThatThrownBy(() -> client.register(subject, avro("{\"type\":\"recrd\"}")))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> {
              assertThat(e.error()).isEqualTo(RegistryError.INVALID_SCHEMA);
              assertThat(e.errorCode()).hasValue(42201);
            });
  }

  @Test
  void deleteSubject_permanent_subjectIsGone() {
    client.register(subject, avro(ORDER_V1));

    assertThat(client.deleteSubject(subject, true)).contains(List.of(1));

    assertThat(client.versions(subject)).isEmpty();
    assertThat(client.subjects()).doesNotContain(subject);
    assertThat(client.deleteSubject(subject, true)).isEmpty();
  }

  @Test
  void batch_registerAndReadManySubjects_everyOutcomeDone() {
    List<String> subjects =
        java.util.stream.IntStream.range(0, 100).mapToObj(i -> subject + "-" + i).toList();

    var registered = RegistryBatch.run(subjects, 8, s -> client.register(s, avro(ORDER_V1)));
    var latest = RegistryBatch.run(subjects, 8, client::latest);

    assertThat(registered.values()).allMatch(o -> o instanceof RegistryBatch.Outcome.Done);
    assertThat(latest.values())
        .allSatisfy(
            o ->
                assertThat(o)
                    .isInstanceOfSatisfying(
                        RegistryBatch.Outcome.Done.class,
                        d -> assertThat(d.value()).isNotEqualTo(Optional.empty())));
    assertThat(client.subjects(subject)).hasSize(100);
  }

  @Test
  void mode_isReadWrite() {
    assertThat(client.mode()).contains(RegistryMode.READWRITE);
  }

  @Test
  void subjects_baseUrlWithoutTheCcompatPath_failsClearly(ApicurioRegistry registry) {
    String root = registry.url().replace("/apis/ccompat/v7", "");
    SchemaRegistryClient wrong = SchemaRegistryClient.create(RegistrySettings.of(URI.create(root)));

    assertThatThrownBy(() -> wrong.latest("x"))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.NOT_A_REGISTRY));
  }
}
