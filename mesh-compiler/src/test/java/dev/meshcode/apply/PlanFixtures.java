package dev.meshcode.apply;

import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.Lowering;
import dev.meshcode.schema.SchemaChecker;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Optional;

/** Desired states built from the shared mesh fixtures. */
final class PlanFixtures {

  private PlanFixtures() {}

  /** execution.trades (Avro value schema) and execution.orders (no schema). */
  static DesiredState twoProducts() {
    Mesh mesh =
        MeshFixtures.mesh(
            List.of(
                MeshFixtures.product("execution", "trades"),
                ProductBuilder.product("execution", "orders")
                    .valueSchema(Optional.empty())
                    .build()),
            List.of());
    return new Lowering()
        .lower(mesh, new SchemaChecker().analyse(mesh), EnvironmentOverrides.none());
  }
}
