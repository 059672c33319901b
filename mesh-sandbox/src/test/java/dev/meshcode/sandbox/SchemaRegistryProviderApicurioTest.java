package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaDefinition;
import dev.meshcode.provider.schemaregistry.SchemaRegistryClient;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import dev.meshcode.provider.schemaregistry.SchemaType;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.LiveSchemaText;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.ReadScope;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where Apicurio 3.3.3 differs from Confluent, pinned through the provider. */
@ExtendWith(ApicurioTestServer.class)
class SchemaRegistryProviderApicurioTest {

  private static final SourceLocation HERE = SourceLocation.ofFile("apicurio");
  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String V2 =
      "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
          + "{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}";

  private final String subject = "a" + UUID.randomUUID().toString().substring(0, 8) + ".r-value";
  private SchemaRegistryClient client;
  private SchemaRegistryProvider provider;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    RegistrySettings settings = RegistrySettings.of(URI.create(registry.url()));
    client = SchemaRegistryClient.create(settings);
    provider = SchemaRegistryProvider.create(settings);
  }

  @Test
  void plan_subjectWithoutOwnLevel_levelEqualToGlobalIsNoChangeOtherLevelConverges() {
    // GIVEN a subject registered without a subject-level config
    client.register(subject, SchemaDefinition.of(SchemaType.AVRO, V1));
    String global = client.globalCompatibility().name();
    String other = global.equals("FULL") ? "BACKWARD" : "FULL";

    // WHEN planned at the global level, and at another level (applied, then planned again)
    Plan same = plan(config(global), schema(V1));
    Plan different = plan(config(other), schema(V1));
    List<ChangeOutcome> outcomes = apply(different);
    Plan after = plan(config(other), schema(V1));

    // THEN no false drift at the global level; the other level is an update that converges
    assertThat(same.changes()).isEmpty();
    assertThat(different.changes())
        .extracting(ResourceChange::action, c -> c.change("compatibility").flatMap(a -> a.before()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.UPDATE, Optional.of(global)));
    assertThat(outcomes)
        .extracting(ChangeOutcome::status)
        .containsOnly(ChangeOutcome.Status.APPLIED);
    assertThat(after.changes()).isEmpty();
  }

  @Test
  void apply_rollbackToAnOlderVersionsText_failsInsteadOfClaimingSuccess() {
    // GIVEN V1 then V2 registered
    client.setSubjectCompatibility(subject, Compatibility.BACKWARD);
    client.register(subject, SchemaDefinition.of(SchemaType.AVRO, V1));
    client.register(subject, SchemaDefinition.of(SchemaType.AVRO, V2));

    // WHEN V1's text is planned and applied again
    Plan rollback = plan(config("BACKWARD"), schema(V1));
    List<ChangeOutcome> outcomes = apply(rollback);

    // THEN Apicurio, like Confluent, answers with version 1's id and adds no version: the
    // outcome says so instead of "applied", which would plan the same update forever
    assertThat(rollback.changes())
        .extracting(ResourceChange::action)
        .containsExactly(Action.UPDATE);
    assertThat(outcomes)
        .extracting(ChangeOutcome::status, ChangeOutcome::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeOutcome.Status.FAILED,
                "the registry already holds this schema as an earlier version of "
                    + subject
                    + " (id "
                    + client.version(subject, 1).orElseThrow().id()
                    + ") and did not register it again, so the latest version (2) still"
                    + " differs; change the schema text or delete the later versions"));
  }

  private Resource config(String level) {
    return new Resource(
        new ResourceAddress(ResourceKind.SCHEMA_SUBJECT_CONFIG, subject),
        Optional.empty(),
        Map.of("compatibility", level));
  }

  private Resource schema(String text) {
    return new Resource(
        new ResourceAddress(ResourceKind.SCHEMA, subject),
        Optional.empty(),
        Map.of(
            "schema",
            LiveSchemaText.canonical("AVRO", text, List.of()).orElseThrow(),
            "schema_type",
            "AVRO",
            "references",
            ""));
  }

  private Plan plan(Resource... resources) {
    List<DesiredResource> declared =
        List.of(resources).stream()
            .map(r -> new DesiredResource(r, HERE, Map.of(), Map.of()))
            .toList();
    DesiredState desired = new DesiredState(declared, List.of(), List.of(), Map.of());
    return provider.judge(
        new Planner().plan(desired, provider.read(ReadScope.of(desired)), PlanOptions.defaults()));
  }

  private List<ChangeOutcome> apply(Plan plan) {
    return new Applier(List.of(provider)).apply(plan, ApplyEvent.Listener.none()).outcomes();
  }
}
