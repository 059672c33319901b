package dev.meshcode.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON Schema rules the corpus does not reach: references, recursion, combinators, bounds. */
class JsonSchemaCompatibilityTest {

  private static final String WHO = "the new schema cannot read data written with version 1: ";

  private final CompatibilityJudge judge = new OfflineCompatibility();

  private List<Incompatibility> backward(SchemaText before, SchemaText after) {
    return judge.judge(SchemaFormat.JSON_SCHEMA, Compatibility.BACKWARD, after, List.of(before));
  }

  private List<Incompatibility> backward(String before, String after) {
    return backward(SchemaText.of(before), SchemaText.of(after));
  }

  @Test
  void judge_localDefinitionsRef_comparesTheReferencedSchema() {
    String before =
        "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/definitions/A\"}},"
            + "\"definitions\":{\"A\":{\"type\":\"string\"}}}";
    String after =
        "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/$defs/A\"}},"
            + "\"$defs\":{\"A\":{\"type\":\"integer\"}}}";

    assertThat(backward(before, after))
        .containsExactly(
            new Incompatibility(
                "$.a", WHO + "the reader expects integer where the data may hold string"));
  }

  @Test
  void judge_externalReference_resolvedThroughTheReferences() {
    String order = "{\"type\":\"object\",\"properties\":{\"price\":{\"$ref\":\"money.json\"}}}";
    SchemaText before =
        new SchemaText(
            order,
            Map.of(
                "money.json",
                "{\"type\":\"object\",\"properties\":{\"cents\":{\"type\":\"integer\"}}}"));
    SchemaText after =
        new SchemaText(
            order,
            Map.of(
                "money.json",
                "{\"type\":\"object\",\"properties\":{\"cents\":{\"type\":\"integer\",\"minimum\":0}}}"));

    assertThat(backward(before, after))
        .containsExactly(
            new Incompatibility(
                "$.price.cents",
                WHO + "the reader sets minimum 0, which the data does not respect"));
  }

  @Test
  void judge_recursiveSchema_terminates() {
    String tree =
        "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#\"}}}}";
    String narrowed =
        tree.replace(
            "\"name\":{\"type\":\"string\"}", "\"name\":{\"type\":\"string\",\"maxLength\":5}");

    assertThat(backward(tree, tree)).isEmpty();
    assertThat(backward(tree, narrowed))
        .extracting(Incompatibility::path)
        .containsExactly("$.name");
  }

  @Test
  void judge_plainSchemaWrappedInAnyOf_compatibleBackwardNotForward() {
    String before = "{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"string\"}}}";
    String after =
        "{\"type\":\"object\",\"properties\":{\"v\":{\"anyOf\":[{\"type\":\"string\"},"
            + "{\"type\":\"integer\"}]}}}";

    List<Incompatibility> forward =
        judge.judge(
            SchemaFormat.JSON_SCHEMA,
            Compatibility.FORWARD,
            SchemaText.of(after),
            List.of(SchemaText.of(before)));

    assertThat(backward(before, after)).isEmpty();
    assertThat(forward)
        .containsExactly(
            new Incompatibility(
                "$.v",
                "consumers on version 1 cannot read data written with the new schema: the reader"
                    + " has a single schema where the data's schema has anyOf, which accept"
                    + " different values"));
  }

  @Test
  void judge_oneOfLosesAnAlternative_incompatible() {
    String before =
        "{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"integer\"},{\"type\":\"null\"}]}";
    String after = "{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]}";

    assertThat(backward(before, after))
        .containsExactly(
            new Incompatibility(
                "$",
                WHO + "an alternative of the oneOf has no compatible counterpart in the reader"));
    assertThat(backward(after, before)).isEmpty();
  }

  @Test
  void judge_boundsLoosenedAndTightened_onlyTighteningReported() {
    String before =
        "{\"type\":\"object\",\"properties\":{"
            + "\"n\":{\"type\":\"number\",\"minimum\":0,\"maximum\":10,\"multipleOf\":4},"
            + "\"s\":{\"type\":\"string\",\"minLength\":2},"
            + "\"l\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":3}}}";
    String after =
        "{\"type\":\"object\",\"properties\":{"
            + "\"n\":{\"type\":\"number\",\"minimum\":-5,\"maximum\":100,\"multipleOf\":2},"
            + "\"s\":{\"type\":\"string\",\"minLength\":3,\"pattern\":\"^a\"},"
            + "\"l\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true}}}";

    assertThat(backward(before, after))
        .containsExactly(
            new Incompatibility(
                "$.l",
                WHO + "the reader requires unique items, which arrays in the data need not have"),
            new Incompatibility(
                "$.s",
                WHO
                    + "the reader's minLength is 3 where the data's is 2, so some values in the data"
                    + " are rejected"),
            new Incompatibility(
                "$.s",
                WHO
                    + "the reader requires pattern \"^a\", which values in the data need not match"));
  }

  @Test
  void judge_propertyRemovedButCoveredByAdditionalPropertiesSchema_compatible() {
    String before =
        "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},"
            + "\"additionalProperties\":{\"type\":\"string\"}}";
    String after = "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}";
    String narrower = "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}";

    assertThat(backward(before, after)).isEmpty();
    assertThat(backward(before, narrower))
        .extracting(Incompatibility::path)
        .containsExactly("$.a", "$.*");
  }

  @Test
  void judge_falseAndTrueSchemas_followTheirMeaning() {
    assertThat(backward("false", "{\"type\":\"string\"}")).isEmpty();
    assertThat(backward("{\"type\":\"string\"}", "true")).isEmpty();
    assertThat(backward("{\"type\":\"string\"}", "false"))
        .containsExactly(
            new Incompatibility("$", WHO + "the reader's schema is false, which accepts no value"));
    assertThat(backward("{}", "{\"type\":\"string\"}"))
        .containsExactly(
            new Incompatibility(
                "$", WHO + "the reader restricts a value the data's schema leaves free"));
  }
}
