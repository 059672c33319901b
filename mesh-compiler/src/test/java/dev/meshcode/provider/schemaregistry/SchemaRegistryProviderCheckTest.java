package dev.meshcode.provider.schemaregistry;

import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.error;
import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.json;
import static dev.meshcode.provider.schemaregistry.SchemaChanges.config;
import static dev.meshcode.provider.schemaregistry.SchemaChanges.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.CompatibilityVerdict.Source;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ProviderException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plan-time verdicts: as registering would judge, never a false "compatible". */
class SchemaRegistryProviderCheckTest {

  private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[]}";
  private static final ResourceChange UPDATE = schema(Action.UPDATE, "orders-value", ORDER, "");

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
  void check_transitiveLevel_checksAgainstAllVersionsWithTheRegistryMessages() {
    // GIVEN an existing subject at BACKWARD_TRANSITIVE whose check fails
    fake.on("GET /subjects/orders-value/versions", json(200, "[1,2]"));
    fake.on(
        "GET /config/orders-value", json(200, "{\"compatibilityLevel\":\"BACKWARD_TRANSITIVE\"}"));
    fake.on(
        "POST /compatibility/subjects/orders-value/versions?verbose=true",
        json(
            200,
            "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE\"]}"));

    // WHEN checked
    Map<?, CompatibilityVerdict> verdicts = provider.check(List.of(UPDATE));

    // THEN the verdict carries the level and the registry's words
    assertThat(verdicts.get(UPDATE.address()))
        .isEqualTo(
            new CompatibilityVerdict(
                "BACKWARD_TRANSITIVE",
                false,
                List.of("READER_FIELD_MISSING_DEFAULT_VALUE"),
                Source.REGISTRY));
  }

  @Test
  void check_unsetSubjectLevel_usesGlobalLevelAndLatestVersion() {
    fake.on("GET /subjects/orders-value/versions", json(200, "[1]"));
    fake.on("GET /config/orders-value", error(404, 40408, "no subject-level config"));
    fake.on("GET /config", json(200, "{\"compatibilityLevel\":\"BACKWARD\"}"));
    fake.on(
        "POST /compatibility/subjects/orders-value/versions/latest?verbose=true",
        json(200, "{\"is_compatible\":false}"));

    CompatibilityVerdict verdict = provider.check(List.of(UPDATE)).get(UPDATE.address());

    assertThat(verdict)
        .isEqualTo(
            new CompatibilityVerdict(
                "BACKWARD",
                false,
                List.of("the registry rejects it under BACKWARD and gave no reason"),
                Source.REGISTRY));
  }

  @Test
  void check_withReference_sendsTheReferencedSubjectsLatestVersion() {
    // GIVEN an existing subject at FULL whose schema references money, now at version 2
    ResourceChange withRef = schema(Action.UPDATE, "orders-value", ORDER, "demo.Money=money");
    fake.on("GET /subjects/orders-value/versions", json(200, "[1]"));
    fake.on("GET /config/orders-value", json(200, "{\"compatibilityLevel\":\"FULL\"}"));
    fake.on(
        "GET /subjects/money/versions/latest",
        json(200, SchemaRegistryProviderReadTest.version("money", 4, 2, "\"long\"", "")));
    fake.on(
        "POST /compatibility/subjects/orders-value/versions/latest?verbose=true",
        json(200, "{\"is_compatible\":true,\"messages\":[]}"));

    // WHEN checked
    CompatibilityVerdict verdict = provider.check(List.of(withRef)).get(withRef.address());

    // THEN compatible at FULL, judged with the reference pinned to version 2
    assertThat(verdict)
        .isEqualTo(new CompatibilityVerdict("FULL", true, List.of(), Source.REGISTRY));
    assertThat(fake.seen())
        .filteredOn(s -> s.target().startsWith("/compatibility"))
        .extracting(ConfluentFake.Seen::body)
        .singleElement()
        .asString()
        .endsWith(
            "\"references\":[{\"name\":\"demo.Money\",\"subject\":\"money\",\"version\":2}]}");
  }

  @Test
  void check_referencedSubjectNotRegisteredYet_leavesTheChangeUnjudged() {
    ResourceChange withRef = schema(Action.UPDATE, "orders-value", ORDER, "demo.Money=money");
    fake.on("GET /subjects/orders-value/versions", json(200, "[1]"));
    fake.on("GET /config/orders-value", json(200, "{\"compatibilityLevel\":\"BACKWARD\"}"));
    fake.on("GET /subjects/money/versions/latest", error(404, 40401, "Subject not found"));

    assertThat(provider.check(List.of(withRef))).isEmpty();
    assertThat(fake.seen()).noneMatch(s -> s.target().startsWith("/compatibility"));
  }

  @Test
  void check_schemaTheRegistryCannotParse_isIncompatibleWithItsMessage() {
    fake.on("GET /subjects/orders-value/versions", json(200, "[1]"));
    fake.on("GET /config/orders-value", json(200, "{\"compatibilityLevel\":\"BACKWARD\"}"));
    fake.on(
        "POST /compatibility/subjects/orders-value/versions/latest?verbose=true",
        error(422, 42201, "Invalid schema"));

    assertThat(provider.check(List.of(UPDATE)).get(UPDATE.address()))
        .isEqualTo(
            new CompatibilityVerdict(
                "",
                false,
                List.of(
                    "POST /compatibility/subjects/orders-value/versions/latest?verbose=true"
                        + " failed: HTTP 422 (error_code 42201): Invalid schema"),
                Source.REGISTRY));
  }

  @Test
  void check_subjectMissing_isANewSubject() {
    fake.on("GET /subjects/orders-value/versions", error(404, 40401, "Subject not found"));

    assertThat(provider.check(List.of(UPDATE)))
        .containsExactly(Map.entry(UPDATE.address(), CompatibilityVerdict.newSubject("")));
  }

  @Test
  void judge_planLowersLevelToNone_compatibleWithoutAskingTheRegistry() {
    fake.on("GET /subjects/orders-value/versions", json(200, "[1]"));
    ResourceChange level = config(Action.UPDATE, "orders-value", "NONE");
    Plan plan = Plan.of(List.of(level, UPDATE), Diagnostics.of(List.of()), Map.of());

    Plan judged = provider.judge(plan);

    assertThat(judged.change(UPDATE.address()).orElseThrow().compatibility())
        .contains(new CompatibilityVerdict("NONE", true, List.of(), Source.REGISTRY));
    assertThat(fake.seen()).hasSize(1);
  }

  @Test
  void check_registryFailing_throwsInsteadOfCallingItCompatible() {
    fake.on("GET /subjects/orders-value/versions", error(503, 50301, "unavailable"));

    assertThatThrownBy(() -> provider.check(List.of(UPDATE)))
        .isInstanceOf(ProviderException.class)
        .hasMessage(
            "schema-registry compatibility check of orders-value:"
                + " GET /subjects/orders-value/versions failed: HTTP 503 (error_code 50301):"
                + " unavailable");
  }
}
