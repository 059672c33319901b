package dev.meshcode.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Levels, version numbering and unreadable input, independent of the format's rules. */
class OfflineCompatibilityTest {

  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"f\",\"type\":\"string\"}]}";
  private static final String V2 =
      "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"g\",\"type\":\"int\",\"default\":0}]}";
  private static final String V3 =
      "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"g\",\"type\":\"int\",\"default\":0},"
          + "{\"name\":\"f\",\"type\":\"int\",\"default\":0}]}";

  private final CompatibilityJudge judge = new OfflineCompatibility();

  @ParameterizedTest
  @EnumSource(Compatibility.class)
  void judge_noEarlierVersion_compatibleAtEveryLevel(Compatibility level) {
    assertThat(judge.judge(SchemaFormat.AVRO, level, SchemaText.of(V1), List.of())).isEmpty();
  }

  @Test
  void judge_none_compatibleEvenWithUnparsableText() {
    assertThat(
            judge.judge(
                SchemaFormat.PROTOBUF,
                Compatibility.NONE,
                SchemaText.of("not a proto {"),
                List.of(SchemaText.of("neither"))))
        .isEmpty();
  }

  @Test
  void judge_backwardTransitive_namesTheOldestVersionThatBreaks() {
    // GIVEN v3, which reads v2's data but not v1's
    List<SchemaText> earlier = List.of(SchemaText.of(V1), SchemaText.of(V2));

    // WHEN judged against the last version only, then against all
    List<Incompatibility> latest =
        judge.judge(SchemaFormat.AVRO, Compatibility.BACKWARD, SchemaText.of(V3), earlier);
    List<Incompatibility> all =
        judge.judge(
            SchemaFormat.AVRO, Compatibility.BACKWARD_TRANSITIVE, SchemaText.of(V3), earlier);

    // THEN only the transitive check finds v1's string f, and says which version it is
    assertThat(latest).isEmpty();
    assertThat(all)
        .containsExactly(
            new Incompatibility(
                "T.f",
                "the new schema cannot read data written with version 1: the reader expects int"
                    + " where the data holds string"));
  }

  @Test
  void judge_fullTransitive_checksBothDirectionsAgainstEveryVersion() {
    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.FULL_TRANSITIVE,
            SchemaText.of(V3),
            List.of(SchemaText.of(V1), SchemaText.of(V2)));

    assertThat(found)
        .extracting(Incompatibility::reason)
        .containsExactly(
            "the new schema cannot read data written with version 1: the reader expects int where"
                + " the data holds string",
            "consumers on version 1 cannot read data written with the new schema: the reader"
                + " expects string where the data holds int");
  }

  @ParameterizedTest
  @EnumSource(SchemaFormat.class)
  void judge_unparsableCandidate_oneIncompatibilityForTheWholeSchema(SchemaFormat format) {
    List<Incompatibility> found =
        judge.judge(
            format,
            Compatibility.BACKWARD,
            SchemaText.of("\u0000\u0001 binary junk {"),
            List.of(SchemaText.of(V1)));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("(schema)");
    assertThat(found.get(0).reason())
        .startsWith("the new schema does not parse, so it cannot be judged: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", "[1,2]", "{\"type\":\"recrd\"}"})
  void judge_unparsableEarlierVersion_reportedWithItsNumber(String broken) {
    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.AVRO,
            Compatibility.FORWARD_TRANSITIVE,
            SchemaText.of(V1),
            List.of(SchemaText.of(broken), SchemaText.of(V1)));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("(schema)");
    assertThat(found.get(0).reason())
        .startsWith("version 1 does not parse, so it cannot be judged: ");
  }

  @Test
  void judge_jsonSchemaThatIsNoObject_unparsable() {
    List<Incompatibility> found =
        judge.judge(
            SchemaFormat.JSON_SCHEMA,
            Compatibility.BACKWARD,
            SchemaText.of("[1]"),
            List.of(SchemaText.of("{}")));

    assertThat(found)
        .containsExactly(
            new Incompatibility(
                "(schema)",
                "the new schema does not parse, so it cannot be judged: the schema is not a JSON"
                    + " object or boolean"));
  }
}
