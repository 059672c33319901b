package dev.meshcode.schema;

import static dev.meshcode.schema.SchemaTesting.check;
import static dev.meshcode.schema.SchemaTesting.ref;
import static dev.meshcode.schema.SchemaTesting.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import org.junit.jupiter.api.Test;

class JsonSchemaParserTest {

  private static final String FILE = "domains/a/x/x.json";

  @Test
  void check_validSchema_parsesWithSortedCanonicalFormAndTitle() {
    var spec =
        value(
            SchemaFormat.JSON_SCHEMA,
            "x.json",
            "{\n  \"type\": \"object\",\n  \"title\": \"Trade\",\n"
                + "  \"properties\": {\"id\": {\"type\": \"string\"}}\n}\n");

    SchemaAnalysis analysis = new SchemaChecker().analyse(SchemaTesting.mesh(spec));

    assertThat(analysis.diagnostics().all()).isEmpty();
    assertThat(analysis.parsed().values())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.canonical())
                  .isEqualTo(
                      "{\"properties\":{\"id\":{\"type\":\"string\"}},\"title\":\"Trade\","
                          + "\"type\":\"object\"}");
              assertThat(p.recordName()).contains("Trade");
            });
  }

  @Test
  void check_invalidJson_reportsLineAndColumn() {
    var spec = value(SchemaFormat.JSON_SCHEMA, "x.json", "{\n  \"type\": \"object\",,\n}");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-json");
              assertThat(d.location()).contains(new SourceLocation(FILE, 2, 20));
              assertThat(d.summary())
                  .isEqualTo(
                      "JSON Schema domains/a/x/x.json (the value schema of product a.x) is not valid JSON:"
                          + " Unexpected character (',' (code 44)): was expecting double-quote to start"
                          + " field name.");
            });
  }

  @Test
  void check_misspeltType_reportsAtTheValueAgainstTheDraft() {
    // GIVEN "strnig" on line 4 of a draft-07 schema
    var spec =
        value(
            SchemaFormat.JSON_SCHEMA,
            "x.json",
            "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
                + "  \"properties\": {\n    \"id\": {\"type\": \"strnig\"}\n  }\n}\n");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-invalid-json");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.location()).contains(new SourceLocation(FILE, 4, 20));
              assertThat(d.summary())
                  .startsWith(
                      "JSON Schema domains/a/x/x.json (the value schema of product a.x) is not a valid"
                          + " draft-07 schema: $.properties.id.type: ");
            });
  }

  @Test
  void check_unknownDraft_warnsAndChecksAsDraft07() {
    var spec =
        value(
            SchemaFormat.JSON_SCHEMA,
            "x.json",
            "{\"$schema\": \"http://example.com/my-draft\", \"type\": \"object\"}");

    assertThat(check(spec))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-json-unknown-draft");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location()).contains(new SourceLocation(FILE, 1, 13));
            });
  }

  @Test
  void check_externalRefWithoutReference_reportsReferenceMissing() {
    var text = "{\"type\": \"object\",\n \"properties\": {\"m\": {\"$ref\": \"money.json#/x\"}}}";

    assertThat(check(value(SchemaFormat.JSON_SCHEMA, "x.json", text)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("schema-reference-missing");
              assertThat(d.location()).contains(new SourceLocation(FILE, 2, 31));
              assertThat(d.summary())
                  .isEqualTo(
                      "JSON Schema domains/a/x/x.json (the value schema of product a.x) refers to"
                          + " 'money.json', which is not among its references.");
            });
    var withRef =
        value(
            SchemaFormat.JSON_SCHEMA,
            "x.json",
            text,
            ref("money.json", "shared/money.json", "{\"type\": \"number\"}"));
    assertThat(check(withRef)).isEmpty();
  }

  @Test
  void check_garbageInputs_neverThrow() {
    for (String text : AvroSchemaParserTest.GARBAGE) {
      var spec = value(SchemaFormat.JSON_SCHEMA, "x.json", text);
      // a few garbage texts are valid schemas in this format; none may throw
      assertThat(new SchemaChecker().check(SchemaTesting.mesh(spec)).all())
          .as(text)
          .allMatch(d -> d.location().isPresent());
    }
  }
}
