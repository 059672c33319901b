package dev.meshcode.schema;

import static dev.meshcode.schema.SchemaTesting.check;
import static dev.meshcode.schema.SchemaTesting.ref;
import static dev.meshcode.schema.SchemaTesting.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import org.junit.jupiter.api.Test;

class ProtobufSchemaParserTest {

  private static final String FILE = "domains/a/x/x.proto";

  private static final String TRADE =
      "syntax = \"proto3\";\npackage execution;\n\nimport \"shared/money.proto\";\n"
          + "import \"google/protobuf/timestamp.proto\";\n\n"
          + "message Trade {\n  string id = 1;\n  shared.Money price = 2;\n}\n";

  @Test
  void check_validProto_parsesWithFirstMessageAsRecordName() {
    var spec =
        value(
            SchemaFormat.PROTOBUF,
            "x.proto",
            TRADE,
            ref(
                "shared/money.proto",
                "shared/money.proto",
                "syntax = \"proto3\";\npackage shared;\nmessage Money { int64 units = 1; }\n"));

    SchemaAnalysis analysis = new SchemaChecker().analyse(SchemaTesting.mesh(spec));

    assertThat(analysis.diagnostics().all()).isEmpty();
    assertThat(analysis.parsed().values())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.recordName()).contains("execution.Trade");
              assertThat(p.canonical())
                  .startsWith("syntax = \"proto3\";\n")
                  .contains("message Trade {")
                  .doesNotContain("x.proto");
            });
  }

  @Test
  void check_syntaxError_reportsWiresLineAndColumn() {
    var spec =
        value(
            SchemaFormat.PROTOBUF,
            "x.proto",
            "syntax = \"proto3\";\nmessage A {\n  string x = 1\n}\n");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-protobuf");
              // Wire reports the column just after the offending '}'
              assertThat(d.location()).contains(new SourceLocation(FILE, 4, 2));
              assertThat(d.summary())
                  .isEqualTo(
                      "Protobuf schema domains/a/x/x.proto (the value schema of product a.x) does not"
                          + " parse: expected ';' but was '}'.");
            });
  }

  @Test
  void check_importWithoutReference_reportsReferenceMissingAtTheImport() {
    var spec = value(SchemaFormat.PROTOBUF, "x.proto", TRADE);

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-reference-missing");
              assertThat(d.location()).contains(new SourceLocation(FILE, 4, 8));
              assertThat(d.summary())
                  .isEqualTo(
                      "Protobuf schema domains/a/x/x.proto (the value schema of product a.x) imports"
                          + " 'shared/money.proto', which is not among its references.");
            });
  }

  @Test
  void check_misspeltScalarType_reportsFieldWithSuggestion() {
    var spec =
        value(
            SchemaFormat.PROTOBUF,
            "x.proto",
            "syntax = \"proto3\";\nmessage A {\n  strin x = 1;\n}\n");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-protobuf");
              assertThat(d.location()).contains(new SourceLocation(FILE, 3, 3));
              assertThat(d.summary())
                  .isEqualTo(
                      "Protobuf schema domains/a/x/x.proto (the value schema of product a.x) gives"
                          + " field 'x' the unknown type 'strin'.");
              assertThat(d.hint()).isEqualTo("Did you mean 'string'?");
            });
  }

  @Test
  void check_nestedRelativeMapAndWellKnownTypes_resolve() {
    var text =
        "syntax = \"proto3\";\npackage p.q;\nimport \"google/protobuf/timestamp.proto\";\n"
            + "message Outer {\n  message Inner { Kind k = 1; }\n  enum Kind { A = 0; }\n"
            + "  Inner i = 1;\n  map<string, Outer.Inner> m = 2;\n  .p.q.Outer o = 3;\n"
            + "  google.protobuf.Timestamp at = 4;\n  oneof choice { Kind kind = 5; }\n}\n";

    assertThat(check(value(SchemaFormat.PROTOBUF, "x.proto", text))).isEmpty();
  }

  @Test
  void check_garbageInputs_neverThrow() {
    for (String text : AvroSchemaParserTest.GARBAGE) {
      var spec = value(SchemaFormat.PROTOBUF, "x.proto", text);
      // a few garbage texts are valid schemas in this format; none may throw
      assertThat(new SchemaChecker().check(SchemaTesting.mesh(spec)).all())
          .as(text)
          .allMatch(d -> d.location().isPresent());
    }
  }
}
