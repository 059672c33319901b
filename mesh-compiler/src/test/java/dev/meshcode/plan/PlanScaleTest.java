package dev.meshcode.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.provider.InMemoryWorld;
import dev.meshcode.provider.Providers;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.Lowering;
import dev.meshcode.schema.SchemaChecker;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import dev.meshcode.testing.MeshFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Lowers, plans, applies and plans again a mesh of 10,000 products against in-memory systems.
 * Opt-in ({@code -Dmeshcode.scale=true}); it checks the pure core stays correct at scale (and has
 * no quadratic step), the time shows in the report; the benchmark measures real servers.
 */
@EnabledIfSystemProperty(named = "meshcode.scale", matches = "true")
class PlanScaleTest {

  @Test
  void planApplyPlan_tenThousandProducts_convergesToEmpty() {
    // GIVEN 10,000 products in 100 domains, and empty systems
    List<DataProduct> products = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      products.add(MeshFixtures.product("d" + (i % 100), "p" + i));
    }
    Mesh mesh = MeshFixtures.mesh(products, List.of());
    DesiredState desired =
        new Lowering().lower(mesh, new SchemaChecker().analyse(mesh), EnvironmentOverrides.none());
    InMemoryWorld world = new InMemoryWorld();

    // WHEN planned, applied and planned again
    Plan first = plan(desired, world);
    new Applier(InMemoryProvider.all(world)).apply(first, ApplyEvent.Listener.none());
    Plan second = plan(desired, world);

    // THEN everything was created once, and nothing is left to do
    assertThat(first.summary().create()).isEqualTo(30_000);
    assertThat(second.isEmpty()).isTrue();
  }

  private static Plan plan(DesiredState desired, InMemoryWorld world) {
    LiveState live = new Providers(InMemoryProvider.all(world)).read(ReadScope.of(desired));
    return new Planner().plan(desired, live, PlanOptions.defaults());
  }
}
