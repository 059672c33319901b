package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hints of corpus cases: the corpus files pin summaries, these pin what users are told to do.
 */
class DiagnosticHintsTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  private static List<Diagnostic> load(String name) {
    return new DescriptorLoader().load(CORPUS.resolve(name)).diagnostics().all();
  }

  private static String hintOf(String name, String code) {
    return load(name).stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().hint();
  }

  @Test
  void unknownField_closeToAnAllowedField_suggestsIt() {
    List<Diagnostic> found = load("unknown-field");

    assertThat(found)
        .extracting(Diagnostic::hint)
        .containsExactly("Did you mean `description`?", "Did you mean `replicationFactor`?");
  }

  @Test
  void tabIndentation_hintSaysIndentWithSpaces() {
    assertThat(hintOf("tab-indentation", "yaml-syntax")).startsWith("Indent with spaces");
  }

  @Test
  void invalidEnum_hintListsAllowedValues() {
    assertThat(hintOf("invalid-enum", "invalid-value"))
        .isEqualTo("Use one of `raw`, `curated`, `authoritative`.");
  }

  @Test
  void invalidEnum_wrongCase_suggestsTheRightSpelling() {
    assertThat(load("invalid-mesh").get(1).hint()).startsWith("Did you mean `FULL`?");
  }

  @Test
  void unknownKind_suggestsClosestKind() {
    assertThat(hintOf("unknown-kind", "unknown-kind"))
        .startsWith("Did you mean `DataProduct`? The kinds are `Mesh`, `Domain`");
  }

  @Test
  void inlineSecret_hintNamesEnvReferenceAndSettingsServer() {
    assertThat(hintOf("inline-secret", "inline-secret"))
        .contains("${env:NAME}")
        .contains("settings.xml");
  }

  @Test
  void missingField_hintQuotesTheFieldDescription() {
    assertThat(hintOf("missing-owner", "missing-field"))
        .isEqualTo(
            "Add `owner:` (the owning team's handle, one of the domain's `owners`, for example"
                + " `@execution-team`.).");
  }

  @Test
  void wrongType_saysExpectedAndFound() {
    Diagnostic first = load("wrong-type").get(0);

    assertThat(first.summary()).contains("must be a whole number, but it is text");
    assertThat(first.hint()).isEqualTo("Write a whole number without quotes, for example `6`.");
  }

  @Test
  void unknownField_insideOneOfAlternative_isMatchedAgainstEveryAlternative() {
    assertThat(hintOf("credentials-shape", "unknown-field")).isEqualTo("Did you mean `username`?");
  }
}
