package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.Lowering;
import dev.meshcode.schema.SchemaChecker;
import dev.meshcode.state.ReadScope;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole cycle on a real Apicurio Registry: a lowered mesh is planned, applied and planned again
 * with no changes; a breaking schema change is judged incompatible at plan time, before apply.
 */
@ExtendWith(ApicurioTestServer.class)
class SchemaRegistryProviderConvergenceTest {

  /** The fixture's Event with {@code id} turned from string into int: not BACKWARD compatible. */
  private static final String BREAKING =
      "{\"type\":\"record\",\"name\":\"Event\",\"namespace\":\"test\","
          + "\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}";

  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
  private SchemaRegistryProvider provider;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    provider = SchemaRegistryProvider.create(RegistrySettings.of(URI.create(registry.url())));
  }

  @Test
  void planApplyPlan_tinyMesh_secondPlanIsEmpty() {
    // GIVEN a mesh of one product with an Avro value schema at BACKWARD
    DesiredState desired = lower(MeshFixtures.product("execution", "trades"));
    String subject = prefix + "execution.trades-value";

    // WHEN planned, applied, and planned again
    Plan first = plan(desired);
    List<ChangeOutcome> outcomes = apply(first);
    Plan second = plan(desired);

    // THEN the first plan creates the config then the schema, all apply, nothing is left
    assertThat(first.changes())
        .extracting(c -> c.address().toString(), ResourceChange::action)
        .containsExactly(
            tuple("schema_subject_config." + subject, Action.CREATE),
            tuple("schema." + subject, Action.CREATE));
    assertThat(outcomes)
        .extracting(ChangeOutcome::status)
        .containsOnly(ChangeOutcome.Status.APPLIED);
    assertThat(second.changes()).isEmpty();
    assertThat(second.diagnostics().all()).isEmpty();
  }

  @Test
  void plan_breakingSchemaChange_isIncompatibleBeforeApply() {
    // GIVEN the product applied, then its schema changed in a breaking way
    DataProduct product = MeshFixtures.product("execution", "trades");
    apply(plan(lower(product)));
    DataProduct breaking =
        ProductBuilder.from(product).valueSchema(Optional.of(breaking(product))).build();

    // WHEN planned against the registry
    Plan plan = plan(lower(breaking));

    // THEN the schema update carries the registry's "incompatible", and the plan says so
    ResourceChange change = plan.changes().get(0);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.compatibility())
        .hasValueSatisfying(
            v -> {
              assertThat(v.compatible()).isFalse();
              assertThat(v.level()).isEqualTo("BACKWARD");
              assertThat(v.source()).isEqualTo(CompatibilityVerdict.Source.REGISTRY);
              assertThat(v.messages()).isNotEmpty();
            });
    assertThat(plan.diagnostics().all())
        .extracting(d -> d.code())
        .containsExactly("schema-incompatible");
  }

  private static SchemaSpec breaking(DataProduct product) {
    SchemaSpec s = product.valueSchema().orElseThrow();
    return new SchemaSpec(
        s.role(),
        s.format(),
        new SchemaSource(s.source().file(), BREAKING),
        s.subject(),
        s.compatibility(),
        s.references(),
        s.location());
  }

  /** The product's registry resources only, under this test's prefix. */
  private DesiredState lower(DataProduct product) {
    Mesh mesh = MeshFixtures.mesh(List.of(product), List.of());
    EnvironmentOverrides env =
        new EnvironmentOverrides(
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.of(prefix));
    DesiredState all = new Lowering().lower(mesh, new SchemaChecker().analyse(mesh), env);
    return new DesiredState(
        all.resources().stream()
            .filter(r -> provider.kinds().contains(r.address().kind()))
            .toList(),
        List.of(),
        all.owned().stream().filter(o -> provider.kinds().contains(o.kind())).toList(),
        all.products());
  }

  private Plan plan(DesiredState desired) {
    Plan plan =
        new Planner()
            .plan(
                desired,
                provider.read(ReadScope.of(desired).only(provider.kinds())),
                PlanOptions.defaults());
    return provider.judge(plan);
  }

  private List<ChangeOutcome> apply(Plan plan) {
    return new Applier(List.of(provider)).apply(plan, ApplyEvent.Listener.none()).outcomes();
  }
}
