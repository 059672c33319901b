package dev.meshcode.provider.schemaregistry;

import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.error;
import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.model.Compatibility;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against Confluent's documented answers (and Apicurio 2.6's deviations), replayed by a
 * fake server: exact requests out, exact records or errors back.
 */
class SchemaRegistryClientConfluentTest {

  private static final String ORDER =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String ORDER_JSON = new ObjectMapper().valueToTree(ORDER).toString();

  private ConfluentFake fake;
  private SchemaRegistryClient client;

  @BeforeEach
  void start() throws IOException {
    fake = new ConfluentFake();
    client =
        SchemaRegistryClient.create(RegistrySettings.of(fake.uri()).withRetry(RetryPolicy.none()));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void subjects_prefixIgnoredByServer_filtersHere() {
    fake.on("GET /subjects?subjectPrefix=orders", json(200, "[\"orders-value\",\"users-value\"]"));

    assertThat(client.subjects("orders")).containsExactly("orders-value");
    assertThat(fake.seen().get(0).header("Accept"))
        .hasValueSatisfying(
            a -> assertThat(a).startsWith("application/vnd.schemaregistry.v1+json"));
  }

  @Test
  void latest_noSchemaTypeWithReferences_readsAvroAndReferences() {
    fake.on(
        "GET /subjects/orders-value/versions/latest",
        json(
            200,
            "{\"subject\":\"orders-value\",\"id\":12,\"version\":3,\"schema\":"
                + ORDER_JSON
                + ",\"references\":[{\"name\":\"demo.Money\",\"subject\":\"money\","
                + "\"version\":2}],\"metadata\":{\"properties\":{\"owner\":\"team-a\"}}}"));

    SubjectVersion v = client.latest("orders-value").orElseThrow();

    assertThat(v.subject()).isEqualTo("orders-value");
    assertThat(v.id()).isEqualTo(12);
    assertThat(v.version()).isEqualTo(3);
    assertThat(v.definition().type()).isEqualTo(SchemaType.AVRO);
    assertThat(v.definition().schema()).isEqualTo(ORDER);
    assertThat(v.definition().references())
        .containsExactly(new SchemaReference("demo.Money", "money", 2));
    assertThat(v.definition().metadata().orElseThrow().toString())
        .isEqualTo("{\"properties\":{\"owner\":\"team-a\"}}");
    assertThat(v.definition().ruleSet()).isEmpty();
  }

  @Test
  void reads_unknownSubject40401_areEmpty() {
    fake.on("GET /subjects/nope/versions", error(404, 40401, "Subject 'nope' not found."));
    fake.on("GET /subjects/nope/versions/latest", error(404, 40401, "Subject 'nope' not found."));
    fake.on("GET /subjects/old/versions/9", error(404, 40402, "Version 9 not found."));

    assertThat(client.versions("nope")).isEmpty();
    assertThat(client.latest("nope")).isEmpty();
    assertThat(client.version("old", 9)).isEmpty();
  }

  @Test
  void lookup_schemaNotFound40403_isEmptyAndSentNormalized() {
    fake.on("POST /subjects/orders-value?normalize=true", error(404, 40403, "Schema not found"));

    assertThat(client.lookup("orders-value", SchemaDefinition.of(SchemaType.AVRO, ORDER)))
        .isEmpty();
    assertThat(fake.seen().get(0).body()).isEqualTo("{\"schema\":" + ORDER_JSON + "}");
    assertThat(fake.seen().get(0).header("Content-Type"))
        .contains("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void lookup_apicurio26ErrorCodeZero_isEmpty() {
    fake.on("POST /subjects/s?normalize=true", error(404, 0, "No artifact with ID 's'"));

    assertThat(client.lookup("s", SchemaDefinition.of(SchemaType.AVRO, ORDER))).isEmpty();
  }

  @Test
  void register_protobufWithReferencesAndDataContract_sendsEveryFieldAndReturnsId()
      throws IOException {
    fake.on("POST /subjects/orders-value/versions?normalize=true", json(200, "{\"id\":42}"));
    ObjectMapper m = new ObjectMapper();
    SchemaDefinition def =
        SchemaDefinition.of(SchemaType.PROTOBUF, "syntax = \"proto3\";")
            .withReferences(List.of(new SchemaReference("money.proto", "money", 1)))
            .withContract(
                Optional.of(m.readTree("{\"tags\":{\"Order.ssn\":[\"PII\"]}}")),
                Optional.of(
                    m.readTree("{\"domainRules\":[{\"name\":\"r\",\"kind\":\"CONDITION\"}]}")));

    int id = client.register("orders-value", def);

    assertThat(id).isEqualTo(42);
    assertThat(fake.seen().get(0).body())
        .isEqualTo(
            "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\","
                + "\"references\":[{\"name\":\"money.proto\",\"subject\":\"money\",\"version\":1}],"
                + "\"metadata\":{\"tags\":{\"Order.ssn\":[\"PII\"]}},"
                + "\"ruleSet\":{\"domainRules\":[{\"name\":\"r\",\"kind\":\"CONDITION\"}]}}");
  }

  @Test
  void register_incompatible409_throwsWithServerMessage() {
    fake.on(
        "POST /subjects/orders-value/versions?normalize=true",
        error(409, 409, "Schema being registered is incompatible with an earlier schema"));

    assertThatThrownBy(
            () -> client.register("orders-value", SchemaDefinition.of(SchemaType.AVRO, ORDER)))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.INCOMPATIBLE_SCHEMA))
        .hasMessage(
            "POST /subjects/orders-value/versions?normalize=true failed: HTTP 409: Schema being"
                + " registered is incompatible with an earlier schema");
  }

  @Test
  void register_errorCodes40901And42201_mapToTheirKinds() {
    fake.on("POST /subjects/a/versions?normalize=true", error(409, 40901, "incompatible"));
    fake.on("POST /subjects/b/versions?normalize=true", error(422, 42201, "Invalid schema"));
    SchemaDefinition def = SchemaDefinition.of(SchemaType.AVRO, ORDER);

    assertThatThrownBy(() -> client.register("a", def))
        .hasMessageEndingWith("HTTP 409 (error_code 40901): incompatible");
    assertThatThrownBy(() -> client.register("b", def))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> {
              assertThat(e.error()).isEqualTo(RegistryError.INVALID_SCHEMA);
              assertThat(e.errorCode()).hasValue(42201);
              assertThat(e.httpStatus()).hasValue(422);
            });
  }

  @Test
  void subjectCompatibility_unset40408_isEmpty_andSetSendsTheLevel() {
    fake.on(
        "GET /config/orders-value",
        error(
            404,
            40408,
            "Subject 'orders-value' does not have" + " subject-level compatibility configured"));
    fake.on("PUT /config/orders-value", json(200, "{\"compatibility\":\"FULL\"}"));
    fake.on("GET /config", json(200, "{\"compatibilityLevel\":\"BACKWARD\"}"));

    assertThat(client.subjectCompatibility("orders-value")).isEmpty();
    client.setSubjectCompatibility("orders-value", Compatibility.FULL);
    assertThat(client.globalCompatibility()).isEqualTo(Compatibility.BACKWARD);

    assertThat(fake.seen().get(1).body()).isEqualTo("{\"compatibility\":\"FULL\"}");
  }

  @Test
  void checkCompatibility_verboseConfluent_returnsMessages() {
    fake.on(
        "POST /compatibility/subjects/orders-value/versions/latest?verbose=true",
        json(
            200,
            "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE\","
                + "\"{oldSchemaVersion: 1}\"]}"));

    CompatibilityVerdict v =
        client.checkCompatibility("orders-value", SchemaDefinition.of(SchemaType.AVRO, ORDER));

    assertThat(v)
        .isEqualTo(
            new CompatibilityVerdict(
                false,
                List.of("READER_FIELD_MISSING_DEFAULT_VALUE", "{oldSchemaVersion: 1}"),
                true));
  }

  @Test
  void checkCompatibility_apicurio26Reason_becomesTheMessage() {
    fake.on(
        "POST /compatibility/subjects/s/versions/latest?verbose=true",
        json(200, "{\"is_compatible\":false,\"reason\":\"field f changed type\"}"));

    assertThat(
            client.checkCompatibility("s", SchemaDefinition.of(SchemaType.AVRO, ORDER)).messages())
        .containsExactly("field f changed type");
  }

  @Test
  void checkCompatibility_newSubject40401Or40402_isCompatible() {
    fake.on(
        "POST /compatibility/subjects/new/versions/latest?verbose=true",
        error(404, 40401, "Subject 'new' not found."));
    fake.on(
        "POST /compatibility/subjects/new26/versions/latest?verbose=true",
        error(404, 40402, "No version found"));
    SchemaDefinition def = SchemaDefinition.of(SchemaType.AVRO, ORDER);

    assertThat(client.checkCompatibility("new", def)).isEqualTo(CompatibilityVerdict.newSubject());
    assertThat(client.checkCompatibility("new26", def).compatible()).isTrue();
  }

  @Test
  void checkCompatibilityWithAll_postsToAllVersions() {
    fake.on(
        "POST /compatibility/subjects/s/versions?verbose=true",
        json(200, "{\"is_compatible\":false,\"messages\":[\"{oldSchemaVersion: 1}\"]}"));

    CompatibilityVerdict v =
        client.checkCompatibilityWithAll("s", SchemaDefinition.of(SchemaType.AVRO, ORDER));

    assertThat(v)
        .isEqualTo(new CompatibilityVerdict(false, List.of("{oldSchemaVersion: 1}"), true));
  }

  @Test
  void mode_confluentAndApicurio26_readOrEmpty() {
    fake.on("GET /mode", json(200, "{\"mode\":\"READONLY\"}"));
    fake.on("GET /mode/s", error(404, 40409, "Subject 's' does not have subject-level mode"));

    assertThat(client.mode()).contains(RegistryMode.READONLY);
    assertThat(client.mode("s")).isEmpty();

    fake.on("GET /mode", error(404, 404, "Operation not supported"));
    assertThat(client.mode()).as("Apicurio 2.6 has no /mode").isEmpty();
  }

  @Test
  void reads_wrongBaseUrlHtml404_failAsNotARegistry() {
    fake.on("GET /subjects/s/versions/latest", json(404, "<html>Not Found</html>"));
    fake.on("GET /subjects", error(404, 404, "HTTP 404 Not Found"));

    assertThatThrownBy(() -> client.latest("s"))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.NOT_A_REGISTRY))
        .hasMessageContaining("is the base URL the registry API root");
    assertThatThrownBy(() -> client.subjects()).hasMessageContaining("HTTP 404");
  }

  @Test
  void subjects_nameWithSlashAndColon_isPercentEncoded() {
    fake.on("GET /subjects/%3A.ctx%3Aa%2Fb%20c/versions", json(200, "[1,2]"));

    assertThat(client.versions(":.ctx:a/b c")).contains(List.of(1, 2));
  }
}
