package dev.meshcode.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Avro paths, reasons and references. */
class AvroCompatibilityTest {

  private static final String MONEY_V1 =
      "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"demo\",\"fields\":"
          + "[{\"name\":\"cents\",\"type\":\"long\"}]}";
  private static final String MONEY_V2 =
      "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"demo\",\"fields\":"
          + "[{\"name\":\"cents\",\"type\":\"long\"},{\"name\":\"currency\",\"type\":\"string\"}]}";
  private static final String PRICED =
      "{\"type\":\"record\",\"name\":\"Priced\",\"namespace\":\"demo\",\"fields\":"
          + "[{\"name\":\"price\",\"type\":\"demo.Money\"}]}";

  private final CompatibilityJudge judge = new OfflineCompatibility();

  @Test
  void judge_changeInsideAReferencedType_pathGoesThroughTheReference() {
    // GIVEN a schema whose referenced Money gains a field without a default
    SchemaText before = new SchemaText(PRICED, Map.of("demo.Money", MONEY_V1));
    SchemaText after = new SchemaText(PRICED, Map.of("demo.Money", MONEY_V2));

    // WHEN judged BACKWARD
    List<Incompatibility> found =
        judge.judge(SchemaFormat.AVRO, Compatibility.BACKWARD, after, List.of(before));

    // THEN the path leads through the field that holds the referenced type
    assertThat(found)
        .containsExactly(
            new Incompatibility(
                "Priced.price.currency",
                "the new schema cannot read data written with version 1: field 'currency' is not"
                    + " in the data and has no default value"));
  }

  @Test
  void judge_referencesThatDependOnEachOther_parsedInAnyOrder() {
    String wallet =
        "{\"type\":\"record\",\"name\":\"Wallet\",\"namespace\":\"demo\",\"fields\":"
            + "[{\"name\":\"balance\",\"type\":\"demo.Money\"}]}";
    String owner =
        "{\"type\":\"record\",\"name\":\"Owner\",\"namespace\":\"demo\",\"fields\":"
            + "[{\"name\":\"wallet\",\"type\":\"demo.Wallet\"}]}";
    // "demo.Wallet" sorts after "demo.Money" but the map order is not relied upon either way
    SchemaText text = new SchemaText(owner, Map.of("demo.Wallet", wallet, "demo.Money", MONEY_V1));

    assertThat(judge.judge(SchemaFormat.AVRO, Compatibility.FULL, text, List.of(text))).isEmpty();
  }

  @Test
  void judge_missingReference_unparsable() {
    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.BACKWARD,
            SchemaText.of(PRICED),
            List.of(new SchemaText(PRICED, Map.of("demo.Money", MONEY_V1))));

    assertThat(found).extracting(Incompatibility::path).containsExactly("(schema)");
    assertThat(found.get(0).reason())
        .startsWith("the new schema does not parse, so it cannot be judged: ")
        .contains("demo.Money");
  }

  @Test
  void judge_unionBranchAndMapValues_pathsAndReasonsNameTheTypes() {
    String v1 =
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":["
            + "{\"name\":\"u\",\"type\":[\"null\",\"string\"]},"
            + "{\"name\":\"m\",\"type\":{\"type\":\"map\",\"values\":\"long\"}}]}";
    String v2 =
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":["
            + "{\"name\":\"u\",\"type\":[\"null\",\"int\"]},"
            + "{\"name\":\"m\",\"type\":{\"type\":\"map\",\"values\":\"int\"}}]}";

    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.BACKWARD,
            SchemaText.of(v2),
            List.of(SchemaText.of(v1)));

    String who = "the new schema cannot read data written with version 1: ";
    assertThat(found)
        .containsExactly(
            new Incompatibility(
                "R.u",
                who
                    + "the data may hold string, which the reader's type union [null, int] does not"
                    + " accept"),
            new Incompatibility("R.m{}", who + "the reader expects int where the data holds long"));
  }

  @Test
  void judge_recordRenamedWithoutAlias_nameMismatch() {
    String v2 = V_RENAMED;
    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.BACKWARD,
            SchemaText.of(v2),
            List.of(SchemaText.of(MONEY_V1)));

    assertThat(found)
        .containsExactly(
            new Incompatibility(
                "Cash",
                "the new schema cannot read data written with version 1: the named type is"
                    + " demo.Money in the data but demo.Cash in the reader, without an alias"));
  }

  @Test
  void judge_changeInsideANullableRecord_pathGoesIntoTheRecord() {
    String customer =
        "{\"type\":\"record\",\"name\":\"Customer\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"}%s]}";
    String v1 =
        "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"customer\",\"type\":[\"null\","
            + String.format(customer, "")
            + "]}]}";
    String v2 =
        v1.replace(
            String.format(customer, ""),
            String.format(customer, ",{\"name\":\"email\",\"type\":\"string\"}"));

    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.BACKWARD,
            SchemaText.of(v2),
            List.of(SchemaText.of(v1)));

    assertThat(found)
        .containsExactly(
            new Incompatibility(
                "Order.customer.email",
                "the new schema cannot read data written with version 1: field 'email' is not in"
                    + " the data and has no default value"));
  }

  @Test
  void judge_recursiveRecordChanged_terminatesWithAPath() {
    String v1 =
        "{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"v\",\"type\":\"int\"},"
            + "{\"name\":\"next\",\"type\":[\"null\",\"Node\"]}]}";
    String v2 = v1.replace("\"type\":\"int\"", "\"type\":\"string\"");

    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.BACKWARD,
            SchemaText.of(v2),
            List.of(SchemaText.of(v1)));

    assertThat(found).extracting(Incompatibility::path).containsExactly("Node.v");
  }

  private static final String V_RENAMED =
      "{\"type\":\"record\",\"name\":\"Cash\",\"namespace\":\"demo\",\"fields\":"
          + "[{\"name\":\"cents\",\"type\":\"long\"}]}";
}
