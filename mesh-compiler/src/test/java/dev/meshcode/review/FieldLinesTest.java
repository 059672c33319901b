package dev.meshcode.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import org.junit.jupiter.api.Test;

class FieldLinesTest {

  @Test
  void locate_avroFieldInText_pointsAtItsName() {
    String text = "{\n  \"fields\": [\n    {\"name\": \"id\"},\n    {\"name\": \"price\"}\n  ]\n}";

    SourceLocation at = FieldLines.locate(SchemaFormat.AVRO, "t.avsc", text, "Trade.fields.price");

    assertThat(at).isEqualTo(new SourceLocation("t.avsc", 4, 6));
  }

  @Test
  void locate_jsonProperty_pointsAtItsKey() {
    String text = "{\n  \"properties\": {\n    \"price\": {\"type\": \"number\"}\n  }\n}";

    SourceLocation at =
        FieldLines.locate(SchemaFormat.JSON_SCHEMA, "t.json", text, "#/properties/price");

    assertThat(at).isEqualTo(new SourceLocation("t.json", 3, 5));
  }

  @Test
  void locate_protoField_pointsAtItsDeclaration() {
    String text = "syntax = \"proto3\";\nmessage Trade {\n  double price = 3;\n}\n";

    SourceLocation at = FieldLines.locate(SchemaFormat.PROTOBUF, "t.proto", text, "Trade.price");

    assertThat(at).isEqualTo(new SourceLocation("t.proto", 3, 10));
  }

  @Test
  void locate_removedField_pointsAtTheRecordThatHeldIt() {
    // the head no longer has `price`; the record it belonged to is where to look
    String text = "{\n  \"type\": \"record\",\n  \"name\": \"Trade\",\n  \"fields\": []\n}";

    SourceLocation at = FieldLines.locate(SchemaFormat.AVRO, "t.avsc", text, "Trade.price");

    assertThat(at).isEqualTo(new SourceLocation("t.avsc", 3, 3));
  }

  @Test
  void locate_nothingFound_fallsBackToTheFirstLine() {
    SourceLocation at = FieldLines.locate(SchemaFormat.AVRO, "t.avsc", "{}", "/fields/price");

    assertThat(at).isEqualTo(new SourceLocation("t.avsc", 1, 1));
  }
}
