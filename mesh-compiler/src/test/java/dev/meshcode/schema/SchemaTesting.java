package dev.meshcode.schema;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Schemas from inline text, and a shortcut to check them as value schemas of products. */
final class SchemaTesting {

  static final String DIR = "domains/a/x/";

  private SchemaTesting() {}

  static SchemaSpec value(SchemaFormat format, String file, String text, SchemaReference... refs) {
    return new SchemaSpec(
        SchemaRole.VALUE,
        format,
        new SchemaSource(DIR + file, text),
        "a.x-value",
        Compatibility.BACKWARD,
        List.of(refs),
        MeshFixtures.at(DIR + "product.yaml", 10));
  }

  static SchemaReference ref(String name, String file, String text) {
    return new SchemaReference(
        name,
        name + "-value",
        new SchemaSource(file, text),
        MeshFixtures.at(DIR + "product.yaml", 14));
  }

  /** Products a.x, a.y, … each with one of the given value schemas. */
  static Mesh mesh(SchemaSpec... values) {
    List<DataProduct> products = new ArrayList<>();
    char name = 'x';
    for (SchemaSpec spec : values) {
      products.add(
          ProductBuilder.product("a", String.valueOf(name++))
              .valueSchema(Optional.of(spec))
              .build());
    }
    return MeshFixtures.mesh(products, List.of());
  }

  static List<Diagnostic> check(SchemaSpec... values) {
    return new SchemaChecker().check(mesh(values)).all();
  }
}
