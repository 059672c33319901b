package dev.meshcode.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Protobuf rules the corpus does not reach: imports, maps, enums as numbers, message types. */
class ProtobufCompatibilityTest {

  private static final String WHO = "the new schema cannot read data written with version 1: ";

  private final CompatibilityJudge judge = new OfflineCompatibility();

  private List<Incompatibility> full(SchemaText before, SchemaText after) {
    return judge.judge(SchemaFormat.PROTOBUF, Compatibility.FULL, after, List.of(before));
  }

  private static SchemaText proto(String body) {
    return SchemaText.of("syntax = \"proto3\";\npackage demo;\n" + body);
  }

  @Test
  void judge_enumFieldBecomesInt32_compatibleAsAVarint() {
    SchemaText before = proto("message M { S s = 1; }\nenum S { A = 0; B = 1; }");
    SchemaText after = proto("message M { int32 s = 1; }\nenum S { A = 0; B = 1; }");

    assertThat(full(before, after)).isEmpty();
  }

  @Test
  void judge_messageTypeChanged_namesBothMessages() {
    SchemaText before =
        proto("message M { A x = 1; }\nmessage A { string v = 1; }\nmessage B { string v = 1; }");
    SchemaText after =
        proto("message M { B x = 1; }\nmessage A { string v = 1; }\nmessage B { string v = 1; }");

    assertThat(full(before, after))
        .contains(
            new Incompatibility(
                "M.x (field 1)", WHO + "the reader expects message B where the data holds A"));
  }

  @Test
  void judge_qualifiedAndUnqualifiedNameOfTheSameMessage_compatible() {
    SchemaText before = proto("message M { Line x = 1; message Line { string v = 1; } }");
    SchemaText after = proto("message M { .demo.M.Line x = 1; message Line { string v = 1; } }");

    assertThat(full(before, after)).isEmpty();
  }

  @Test
  void judge_mapValueTypeChanged_incompatible() {
    SchemaText before = proto("message M { map<string, int32> counts = 1; }");
    SchemaText after = proto("message M { map<string, string> counts = 1; }");

    assertThat(full(before, after))
        .contains(
            new Incompatibility(
                "M.counts (field 1)",
                WHO
                    + "the reader expects string where the data holds int32, which do not share a"
                    + " wire encoding"));
  }

  @Test
  void judge_scalarBecomesMessage_kindChange() {
    SchemaText before = proto("message M { string x = 1; }\nmessage A { string v = 1; }");
    SchemaText after = proto("message M { A x = 1; }\nmessage A { string v = 1; }");

    assertThat(full(before, after))
        .contains(
            new Incompatibility(
                "M.x (field 1)",
                WHO + "the reader expects A where the data holds string (a scalar to a message)"));
  }

  @Test
  void judge_importedMessage_resolvedThroughTheReferences() {
    String money = "syntax = \"proto3\";\npackage money;\nmessage Money { int64 cents = 1; }";
    String moneyEnum = "syntax = \"proto3\";\npackage money;\nenum Money { ZERO = 0; }";
    String order =
        "syntax = \"proto3\";\npackage demo;\nimport \"money.proto\";\n"
            + "message Order { money.Money price = 1; }";
    SchemaText asMessage = new SchemaText(order, Map.of("money.proto", money));
    SchemaText asEnum = new SchemaText(order, Map.of("money.proto", moneyEnum));

    assertThat(full(asMessage, asMessage)).isEmpty();
    assertThat(full(asMessage, asEnum))
        .extracting(Incompatibility::path)
        .containsOnly("Order.price (field 1)");
  }

  @Test
  void judge_nestedMessageRemoved_pathIsNested() {
    SchemaText before = proto("message M { message Inner { string v = 1; } }");
    SchemaText after = proto("message M { }");

    assertThat(judge.judge(SchemaFormat.PROTOBUF, Compatibility.BACKWARD, after, List.of(before)))
        .containsExactly(
            new Incompatibility(
                "M.Inner", WHO + "the reader has no message M.Inner, which the data may hold"));
  }
}
