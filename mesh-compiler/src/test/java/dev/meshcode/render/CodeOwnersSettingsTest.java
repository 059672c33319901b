package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeOwnersSettingsTest {

  @Test
  void repositoryPrefix_anySpelling_becomesRelativeWithTrailingSlash() {
    assertThat(settings("example-mesh-repo").repositoryPrefix()).isEqualTo("example-mesh-repo/");
    assertThat(settings("/a/b/").repositoryPrefix()).isEqualTo("a/b/");
    assertThat(settings("a\\b").repositoryPrefix()).isEqualTo("a/b/");
    assertThat(settings("./meshes/x").repositoryPrefix()).isEqualTo("meshes/x/");
    assertThat(settings("").repositoryPrefix()).isEmpty();
    assertThat(settings(".").repositoryPrefix()).isEmpty();
    assertThat(settings("/").repositoryPrefix()).isEmpty();
  }

  @Test
  void check_validSettings_findsNothing() {
    CodeOwnersSettings valid =
        new CodeOwnersSettings(
            "", Optional.of("acme"), List.of("@team", "@acme/team", "a.b@c.example"), "cmd");

    assertThat(valid.check().isEmpty()).isTrue();
  }

  @Test
  void check_ownerThatIsNoHandle_isAnErrorNamingIt() {
    // GIVEN
    CodeOwnersSettings settings =
        new CodeOwnersSettings("", Optional.empty(), List.of("platform-team"), "cmd");

    // WHEN / THEN
    assertThat(settings.check().all())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "codeowners-invalid-setting",
                "The governance owner `platform-team` is neither a handle nor an e-mail address.",
                "",
                "Write a team handle such as `@platform-team` or `@acme/platform-team`, or an"
                    + " e-mail address.",
                Optional.empty()));
  }

  @Test
  void check_organisationWithSpace_isAnError() {
    CodeOwnersSettings settings =
        new CodeOwnersSettings("", Optional.of("ac me"), List.of(), "cmd");

    assertThat(settings.check().all())
        .extracting(Diagnostic::code, Diagnostic::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "codeowners-invalid-setting",
                "The CODEOWNERS organisation `ac me` is not an organisation name."));
  }

  @Test
  void owner_bareHandleWithOrganisation_isQualified() {
    CodeOwnersSettings settings =
        new CodeOwnersSettings("", Optional.of(" @acme "), List.of(), "cmd");

    assertThat(settings.owner("@execution-team")).isEqualTo("@acme/execution-team");
    assertThat(settings.owner("@other/x")).isEqualTo("@other/x");
    assertThat(settings.owner("ops@acme.example")).isEqualTo("ops@acme.example");
  }

  private static CodeOwnersSettings settings(String prefix) {
    return new CodeOwnersSettings(prefix, Optional.empty(), List.of(), "cmd");
  }
}
