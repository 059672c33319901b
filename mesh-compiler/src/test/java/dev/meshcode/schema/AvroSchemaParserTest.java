package dev.meshcode.schema;

import static dev.meshcode.schema.SchemaTesting.check;
import static dev.meshcode.schema.SchemaTesting.ref;
import static dev.meshcode.schema.SchemaTesting.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvroSchemaParserTest {

  private static final String MONEY =
      "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"shared\",\"fields\":["
          + "{\"name\":\"amount\",\"type\":\"long\"},{\"name\":\"currency\",\"type\":\"Currency\"}]}";
  private static final String CURRENCY =
      "{\"type\":\"enum\",\"name\":\"Currency\",\"namespace\":\"shared\",\"symbols\":[\"EUR\"]}";
  private static final String TRADE =
      "{\"type\":\"record\",\"name\":\"Trade\",\"namespace\":\"execution\",\"fields\":[\n"
          + "  {\"name\":\"price\",\"type\":\"shared.Money\"}\n]}";

  @Test
  void check_validRecord_parsesWithCanonicalFormAndRecordName() {
    // GIVEN a record spread over lines
    var spec =
        value(
            SchemaFormat.AVRO,
            "x.avsc",
            "{\"type\": \"record\",\n \"name\": \"T\",\n"
                + " \"namespace\": \"n\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}");

    // WHEN
    SchemaAnalysis analysis = new SchemaChecker().analyse(SchemaTesting.mesh(spec));

    // THEN
    assertThat(analysis.diagnostics().all()).isEmpty();
    ParsedSchema parsed =
        analysis.schema(new SchemaKey(new ProductId("a", "x"), SchemaRole.VALUE)).orElseThrow();
    assertThat(parsed.canonical())
        .isEqualTo(
            "{\"type\":\"record\",\"name\":\"T\",\"namespace\":\"n\",\"fields\":"
                + "[{\"name\":\"id\",\"type\":\"string\"}]}");
    assertThat(parsed.recordName()).contains("n.T");
    assertThat(parsed.file()).isEqualTo("domains/a/x/x.avsc");
  }

  @Test
  void check_badJson_reportsLineAndColumnInTheSchemaFile() {
    // GIVEN a missing comma on line 3
    var spec =
        value(
            SchemaFormat.AVRO,
            "x.avsc",
            "{\"type\":\"record\",\n\"name\":\"X\", \"fields\":[\n{\"name\":\"a\" \"type\":\"int\"}]}");

    // WHEN / THEN
    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-avro");
              assertThat(d.location()).contains(new SourceLocation("domains/a/x/x.avsc", 3, 13));
              assertThat(d.summary())
                  .isEqualTo(
                      "Avro schema domains/a/x/x.avsc (the value schema of product a.x) is not valid JSON:"
                          + " Unexpected character ('\"' (code 34)): was expecting comma to separate"
                          + " Object entries.");
              assertThat(d.summary()).doesNotContain("com.fasterxml", "Exception");
            });
  }

  @Test
  void check_misspeltPrimitive_reportsUnknownTypeAtItsPosition() {
    var spec =
        value(
            SchemaFormat.AVRO,
            "x.avsc",
            "{\"type\":\"record\",\"name\":\"X\",\"fields\":[\n  {\"name\":\"a\",\"type\":\"strnig\"}]}");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-avro");
              assertThat(d.location()).contains(new SourceLocation("domains/a/x/x.avsc", 2, 22));
              assertThat(d.summary())
                  .isEqualTo(
                      "Avro schema domains/a/x/x.avsc (the value schema of product a.x) uses unknown type"
                          + " 'strnig'.");
              assertThat(d.hint()).isEqualTo("Did you mean 'string'?");
            });
  }

  @Test
  void check_namedTypeWithoutReference_reportsReferenceMissing() {
    var spec = value(SchemaFormat.AVRO, "x.avsc", TRADE);

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-reference-missing");
              assertThat(d.location()).contains(new SourceLocation("domains/a/x/x.avsc", 2, 26));
              assertThat(d.summary())
                  .isEqualTo(
                      "Avro schema domains/a/x/x.avsc (the value schema of product a.x) uses type"
                          + " 'shared.Money', which it does not define.");
              assertThat(d.hint()).contains("'references' (name: shared.Money)");
            });
  }

  @Test
  void check_referencesInAnyOrder_resolveAndStayOutOfTheCanonicalForm() {
    // GIVEN Money (which uses Currency) listed before Currency
    var spec =
        value(
            SchemaFormat.AVRO,
            "x.avsc",
            TRADE,
            ref("shared.Money", "shared/money.avsc", MONEY),
            ref("shared.Currency", "shared/currency.avsc", CURRENCY));

    // WHEN
    SchemaAnalysis analysis = new SchemaChecker().analyse(SchemaTesting.mesh(spec));

    // THEN
    assertThat(analysis.diagnostics().all()).isEmpty();
    assertThat(analysis.parsed().values())
        .singleElement()
        .satisfies(p -> assertThat(p.canonical()).contains("\"type\":\"shared.Money\""));
  }

  @Test
  void check_brokenSharedReference_isReportedOnceInItsOwnFile() {
    // GIVEN two products referring to the same broken file
    var broken =
        ref("shared.Money", "shared/money.avsc", "{\"type\":\"record\",\"name\":\"Money\"}");
    var x = value(SchemaFormat.AVRO, "x.avsc", TRADE, broken);
    var y = value(SchemaFormat.AVRO, "x.avsc", TRADE, broken);

    // WHEN / THEN: the reference once; the products' uses of Money are not blamed on top
    assertThat(check(x, y))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-avro");
              assertThat(d.location()).contains(SourceLocation.ofFile("shared/money.avsc"));
              assertThat(d.summary())
                  .isEqualTo(
                      "Avro schema shared/money.avsc (a reference of the value schema of product a.x)"
                          + " is invalid: Record has no fields: {\"type\":\"record\",\"name\":\"Money\"}.");
            });
  }

  @Test
  void check_topLevelString_warnsNotRecord() {
    var spec = value(SchemaFormat.AVRO, "x.avsc", "\"string\"");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-avro-not-record");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location()).contains(SourceLocation.ofFile("domains/a/x/x.avsc"));
              assertThat(d.summary())
                  .isEqualTo(
                      "Avro schema domains/a/x/x.avsc (the value schema of product a.x) is a top-level"
                          + " string, not a record.");
            });
  }

  @Test
  void check_repeatedKey_isAnErrorAtTheSecondKey() {
    var spec =
        value(
            SchemaFormat.AVRO,
            "x.avsc",
            "{\"type\": \"record\", \"name\": \"X\", \"fields\": [\n"
                + "  {\"name\": \"price\", \"type\": \"string\", \"type\": \"int\"}]}");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-avro");
              assertThat(d.location()).contains(new SourceLocation("domains/a/x/x.avsc", 2, 45));
              assertThat(d.summary()).contains("Duplicate field 'type'");
            });
  }

  @Test
  void check_topLevelStringKey_isFine() {
    var key =
        new SchemaSpec(
            SchemaRole.KEY,
            SchemaFormat.AVRO,
            new SchemaSource("domains/a/x/key.avsc", "\"string\""),
            "a.x-key",
            Compatibility.BACKWARD,
            List.of(),
            MeshFixtures.at("domains/a/x/product.yaml", 9));
    var product = ProductBuilder.product("a", "x").keySchema(Optional.of(key)).build();

    var found = new SchemaChecker().check(MeshFixtures.mesh(List.of(product), List.of()));

    assertThat(found.all()).isEmpty();
  }

  @Test
  void check_emptyText_isAnErrorNotACrash() {
    var spec = value(SchemaFormat.AVRO, "x.avsc", "");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-avro");
              assertThat(d.summary())
                  .isEqualTo(
                      "Avro schema domains/a/x/x.avsc (the value schema of product a.x) is"
                          + " invalid: the file is empty.");
            });
  }

  @Test
  void check_referenceNamedWrongly_warnsAtTheReference() {
    // GIVEN the reference says shared.Cash but the file defines shared.Currency
    var spec =
        value(
            SchemaFormat.AVRO,
            "x.avsc",
            "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"c\",\"type\":\"shared.Currency\"}]}",
            ref("shared.Cash", "shared/currency.avsc", CURRENCY));

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-reference-name-mismatch");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 14, 1));
              assertThat(d.summary())
                  .isEqualTo(
                      "Reference 'shared.Cash' of the value schema of product a.x names no type"
                          + " defined in shared/currency.avsc.");
            });
  }

  @Test
  void check_tooDeeplyNested_namesTheLimitWithoutJavaNames() {
    var spec = value(SchemaFormat.AVRO, "x.avsc", "[".repeat(5000));

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.summary())
                    .endsWith(
                        "is not valid JSON: Document nesting depth (1001) exceeds the maximum"
                            + " allowed (1000)."));
  }

  @Test
  void check_garbageInputs_neverThrow() {
    for (String text : GARBAGE) {
      var spec = value(SchemaFormat.AVRO, "x.avsc", text);
      assertThat(check(spec)).as(text).isNotEmpty().allMatch(d -> d.location().isPresent());
    }
  }

  static final java.util.List<String> GARBAGE =
      java.util.List.of(
          "",
          "null",
          "[]",
          "{",
          "}",
          "\u0000\u0001",
          "{\"type\": 42}",
          "[".repeat(5000),
          "{\"type\":\"record\",\"name\":\"1bad\",\"fields\":[]}",
          "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"A\"]}");
}
