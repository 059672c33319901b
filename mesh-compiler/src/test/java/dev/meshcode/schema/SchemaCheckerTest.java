package dev.meshcode.schema;

import static dev.meshcode.schema.SchemaTesting.check;
import static dev.meshcode.schema.SchemaTesting.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.testing.MeshFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCheckerTest {

  @Test
  void check_fixtureMesh_reportsNothing() {
    var mesh = MeshFixtures.mesh(List.of(MeshFixtures.product("a", "x")), List.of());

    assertThat(new SchemaChecker().check(mesh).all()).isEmpty();
  }

  @Test
  void check_formatContradictsExtension_warnsAtTheDeclaration() {
    // GIVEN an Avro schema declared as protobuf
    var spec =
        value(
            SchemaFormat.PROTOBUF,
            "x.avsc",
            "syntax = \"proto3\";\nmessage A { string id = 1; }\n");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-format-mismatch");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 10, 1));
              assertThat(d.summary())
                  .isEqualTo(
                      "The value schema of product a.x is declared as protobuf but its file"
                          + " domains/a/x/x.avsc has the .avsc extension of avro.");
            });
  }
}
