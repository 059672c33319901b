package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanJsonTest {

  @Test
  void read_otherFormatVersion_saysWhichAndWhatToDo() {
    assertThatThrownBy(() -> new PlanJson().read("{\"format_version\": \"2\"}"))
        .isInstanceOf(PlanFileException.class)
        .hasMessage(
            "The plan file has format_version '2'; this meshcode reads version '1'. Plan again"
                + " with this version.");
  }

  @Test
  void read_notJson_isAPlanFileProblem() {
    assertThatThrownBy(() -> new PlanJson().read("plan: yes"))
        .isInstanceOf(PlanFileException.class)
        .hasMessageStartingWith("The plan file is not valid JSON: ");
  }

  @Test
  void read_missingField_namesIt() {
    assertThatThrownBy(
            () ->
                new PlanJson()
                    .read("{\"format_version\": \"1\", \"diagnostics\": [], \"changes\": []}"))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("The plan file lacks the field 'observed'.");
  }

  @Test
  void read_unknownResourceKind_namesIt() {
    String json =
        "{\"format_version\": \"1\", \"diagnostics\": [], \"changes\": [],"
            + " \"observed\": {\"kafka_acl.x\": {\"fingerprint\": \"absent\", \"attributes\": []}}}";
    assertThatThrownBy(() -> new PlanJson().read(json))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("The plan file names an unknown resource 'kafka_acl.x'.");
  }
}
