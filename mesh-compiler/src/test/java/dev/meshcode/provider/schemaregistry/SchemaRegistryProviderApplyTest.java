package dev.meshcode.provider.schemaregistry;

import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.error;
import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.json;
import static dev.meshcode.provider.schemaregistry.SchemaChanges.config;
import static dev.meshcode.provider.schemaregistry.SchemaChanges.schema;
import static dev.meshcode.provider.schemaregistry.SchemaRegistryProviderReadTest.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.plan.Action;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.ChangeOutcome.Status;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Applying: references pinned at apply time, per-change outcomes, configs set and erased. */
class SchemaRegistryProviderApplyTest {

  private static final String MONEY = "\"long\"";
  private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[]}";

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
  void apply_schemaWithReference_registersReferenceFirstAndPinsItsLatestVersion() {
    // GIVEN the referenced subject is registered as version 4 by this batch
    fake.on("POST /subjects/money/versions?normalize=true", json(200, "{\"id\":11}"));
    fake.on("GET /subjects/money/versions/latest", json(200, version("money", 11, 4, MONEY, "")));
    fake.on("POST /subjects/orders-value/versions?normalize=true", json(200, "{\"id\":12}"));

    // WHEN the batch is applied
    List<ChangeOutcome> outcomes =
        provider.apply(
            List.of(
                schema(Action.CREATE, "money", MONEY, ""),
                schema(Action.CREATE, "orders-value", ORDER, "demo.Money=money")));

    // THEN both apply, in order, and the reference names version 4
    assertThat(outcomes).extracting(ChangeOutcome::status).containsOnly(Status.APPLIED);
    assertThat(fake.seen())
        .extracting(s -> s.method() + " " + s.target())
        .containsExactly(
            "POST /subjects/money/versions?normalize=true",
            "GET /subjects/money/versions/latest",
            "POST /subjects/orders-value/versions?normalize=true");
    assertThat(fake.seen().get(2).body())
        .isEqualTo(
            "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Order\\\","
                + "\\\"fields\\\":[]}\",\"references\":"
                + "[{\"name\":\"demo.Money\",\"subject\":\"money\",\"version\":4}]}");
  }

  @Test
  void apply_updateToAnOlderVersionsText_failsSayingTheLatestStillDiffers() {
    // GIVEN the registry answers with version 1's id while version 3 stays the latest
    fake.on("POST /subjects/orders-value/versions?normalize=true", json(200, "{\"id\":21}"));
    fake.on(
        "GET /subjects/orders-value/versions/latest",
        json(200, version("orders-value", 23, 3, ORDER, "")));

    // WHEN the update is applied
    List<ChangeOutcome> outcomes =
        provider.apply(List.of(schema(Action.UPDATE, "orders-value", ORDER, "")));

    // THEN it is not reported as applied
    assertThat(outcomes)
        .extracting(ChangeOutcome::status, ChangeOutcome::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Status.FAILED,
                "the registry already holds this schema as an earlier version of orders-value"
                    + " (id 21) and did not register it again, so the latest version (3) still"
                    + " differs; change the schema text or delete the later versions"));
  }

  @Test
  void apply_incompatibleSchema_failsWithTheRegistryMessageAndOthersApply() {
    // GIVEN the registry rejects one schema and accepts another
    fake.on(
        "POST /subjects/orders-value/versions?normalize=true",
        error(409, 409, "Schema being registered is incompatible with an earlier schema"));
    fake.on("POST /subjects/users-value/versions?normalize=true", json(200, "{\"id\":3}"));

    // WHEN both are applied
    List<ChangeOutcome> outcomes =
        provider.apply(
            List.of(
                schema(Action.UPDATE, "orders-value", ORDER, ""),
                schema(Action.CREATE, "users-value", MONEY, "")));

    // THEN one failed with the registry's words, the other applied
    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            ChangeOutcome.failed(
                schema(Action.UPDATE, "orders-value", ORDER, "").address(),
                "POST /subjects/orders-value/versions?normalize=true failed: HTTP 409:"
                    + " Schema being registered is incompatible with an earlier schema"),
            ChangeOutcome.applied(schema(Action.CREATE, "users-value", MONEY, "").address()));
  }

  @Test
  void apply_referencedSchemaFailed_skipsTheSchemaUsingIt() {
    fake.on("POST /subjects/money/versions?normalize=true", error(422, 42201, "Invalid schema"));

    List<ChangeOutcome> outcomes =
        provider.apply(
            List.of(
                schema(Action.CREATE, "money", "{bad", ""),
                schema(Action.CREATE, "orders-value", ORDER, "demo.Money=money")));

    assertThat(outcomes)
        .extracting(ChangeOutcome::status, ChangeOutcome::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Status.FAILED,
                "POST /subjects/money/versions?normalize=true failed: HTTP 422"
                    + " (error_code 42201): Invalid schema"),
            org.assertj.core.groups.Tuple.tuple(
                Status.SKIPPED, "its referenced schema money was not registered"));
  }

  @Test
  void apply_schemaDelete_softThenHardDeletesTheSubject() {
    fake.on("DELETE /subjects/old-value", json(200, "[1,2]"));
    fake.on("DELETE /subjects/old-value?permanent=true", json(200, "[1,2]"));

    List<ChangeOutcome> outcomes =
        provider.apply(List.of(schema(Action.DELETE, "old-value", "", "")));

    assertThat(outcomes).extracting(ChangeOutcome::status).containsExactly(Status.APPLIED);
    assertThat(fake.seen())
        .extracting(s -> s.method() + " " + s.target())
        .containsExactly("DELETE /subjects/old-value", "DELETE /subjects/old-value?permanent=true");
  }

  @Test
  void apply_subjectConfigs_setsLevelsAndErasesDeletedOnes() {
    fake.on("PUT /config/orders-value", json(200, "{\"compatibility\":\"FULL\"}"));
    fake.on("DELETE /config/old-value", json(200, "{\"compatibilityLevel\":\"NONE\"}"));
    fake.on("DELETE /config/gone-value", error(404, 40401, "Subject not found"));

    List<ChangeOutcome> outcomes =
        provider.apply(
            List.of(
                config(Action.UPDATE, "orders-value", "FULL"),
                config(Action.DELETE, "old-value", ""),
                config(Action.DELETE, "gone-value", ""),
                config(Action.CREATE, "typo-value", "BACKWARDS")));

    assertThat(outcomes)
        .extracting(o -> o.address().name(), ChangeOutcome::status, ChangeOutcome::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("orders-value", Status.APPLIED, ""),
            org.assertj.core.groups.Tuple.tuple("old-value", Status.APPLIED, ""),
            org.assertj.core.groups.Tuple.tuple(
                "gone-value", Status.APPLIED, "no subject-level config was set"),
            org.assertj.core.groups.Tuple.tuple(
                "typo-value", Status.FAILED, "'BACKWARDS' is not a compatibility level"));
    assertThat(fake.seen())
        .filteredOn(s -> s.method().equals("PUT"))
        .extracting(ConfluentFake.Seen::body)
        .containsExactly("{\"compatibility\":\"FULL\"}");
  }
}
