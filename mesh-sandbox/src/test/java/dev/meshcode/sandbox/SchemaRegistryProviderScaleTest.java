package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.LiveSchemaText;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long apply, read and a no-change plan of many subjects take on the real registry. Opt-in:
 * {@code -Dmeshcode.scale.subjects=10000}.
 */
@ExtendWith(ApicurioTestServer.class)
@EnabledIfSystemProperty(named = "meshcode.scale.subjects", matches = "\\d+")
class SchemaRegistryProviderScaleTest {

  private static final SourceLocation HERE = SourceLocation.ofFile("scale");

  @Test
  void applyReadPlan_manySubjects_convergesAndPrintsTimings(ApicurioRegistry registry) {
    int n = Integer.parseInt(System.getProperty("meshcode.scale.subjects"));
    String ns = "s" + UUID.randomUUID().toString().substring(0, 8) + ".";
    SchemaRegistryProvider provider =
        SchemaRegistryProvider.create(RegistrySettings.of(URI.create(registry.url())));
    DesiredState desired = desired(ns, n);

    long t0 = System.nanoTime();
    Plan first = new Planner().plan(desired, read(provider, desired), PlanOptions.defaults());
    long t1 = System.nanoTime();
    List<ChangeOutcome> outcomes =
        new Applier(List.of(provider)).apply(first, ApplyEvent.Listener.none()).outcomes();
    long t2 = System.nanoTime();
    LiveState live = read(provider, desired);
    long t3 = System.nanoTime();
    Plan second = new Planner().plan(desired, live, PlanOptions.defaults());

    System.out.printf(
        "%d subjects: plan from empty %d ms, apply %d ms, read %d ms%n",
        n, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    assertThat(outcomes)
        .extracting(ChangeOutcome::status)
        .containsOnly(ChangeOutcome.Status.APPLIED);
    assertThat(second.changes()).isEmpty();
  }

  private static LiveState read(SchemaRegistryProvider provider, DesiredState desired) {
    return provider.read(ReadScope.of(desired).only(provider.kinds()));
  }

  private static DesiredState desired(String ns, int n) {
    List<DesiredResource> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String subject = ns + "p" + i + "-value";
      String schema =
          "{\"type\":\"record\",\"name\":\"E"
              + i
              + "\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
      out.add(
          declared(
              ResourceKind.SCHEMA_SUBJECT_CONFIG, subject, Map.of("compatibility", "BACKWARD")));
      out.add(
          declared(
              ResourceKind.SCHEMA,
              subject,
              Map.of(
                  "schema",
                  LiveSchemaText.canonical("AVRO", schema, List.of()).orElseThrow(),
                  "schema_type",
                  "AVRO",
                  "references",
                  "")));
    }
    List<OwnedPrefix> owned =
        List.of(
            new OwnedPrefix(ResourceKind.SCHEMA_SUBJECT_CONFIG, ns, HERE),
            new OwnedPrefix(ResourceKind.SCHEMA, ns, HERE));
    return new DesiredState(out, List.of(), owned, Map.of());
  }

  private static DesiredResource declared(
      ResourceKind kind, String subject, Map<String, String> attributes) {
    Resource r = new Resource(new ResourceAddress(kind, subject), Optional.empty(), attributes);
    return new DesiredResource(r, HERE, Map.of(), Map.of());
  }
}
