package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeOwnersTargetTest {

  @TempDir Path repo;

  @Test
  void of_defaults_githubFolderAndPlainCommand() {
    // GIVEN / WHEN
    CodeOwnersTarget target = CodeOwnersTarget.of(repo, Optional.empty(), repo);

    // THEN
    assertThat(target.file()).isEqualTo(repo.resolve(".github/CODEOWNERS"));
    assertThat(target.displayName()).isEqualTo(".github/CODEOWNERS");
    assertThat(target.regenerate()).isEqualTo("mvn mesh:codeowners");
  }

  @Test
  void of_projectInSubFolder_commandNamesItsPom() {
    // GIVEN / WHEN
    CodeOwnersTarget target =
        CodeOwnersTarget.of(repo, Optional.of(".gitlab/CODEOWNERS"), repo.resolve("meshes/a"));

    // THEN
    assertThat(target.displayName()).isEqualTo(".gitlab/CODEOWNERS");
    assertThat(target.regenerate()).isEqualTo("mvn -f meshes/a/pom.xml mesh:codeowners");
  }

  @Test
  void staleness_sameTextWithCrlf_isUpToDate() throws Exception {
    // GIVEN a checkout that turned line ends into CRLF
    CodeOwnersTarget target = CodeOwnersTarget.of(repo, Optional.empty(), repo);
    Files.createDirectories(target.file().getParent());
    Files.writeString(target.file(), "# h\r\n/a @t\r\n");

    // WHEN / THEN
    assertThat(target.staleness(target.current(), "# h\n/a @t\n")).isEmpty();
  }

  @Test
  void staleness_changedLine_namesFileLineAndBothTexts() {
    // GIVEN
    CodeOwnersTarget target = CodeOwnersTarget.of(repo, Optional.empty(), repo);

    // WHEN
    Optional<String> stale =
        target.staleness(Optional.of("# h\n/a @old\n"), "# h\n/a @new\n/b @new\n");

    // THEN
    assertThat(stale)
        .contains(
            ".github/CODEOWNERS differs from what the descriptors give, first at line 2:"
                + " expected `/a @new`, found `/a @old`.");
  }

  @Test
  void staleness_missingLine_saysEndOfFile() {
    CodeOwnersTarget target = CodeOwnersTarget.of(repo, Optional.empty(), repo);

    assertThat(target.staleness(Optional.of("# h\n"), "# h\n/b @t\n"))
        .contains(
            ".github/CODEOWNERS differs from what the descriptors give, first at line 2:"
                + " expected `/b @t`, found the end of the file.");
  }

  @Test
  void staleness_noFile_saysItDoesNotExist() {
    CodeOwnersTarget target = CodeOwnersTarget.of(repo, Optional.empty(), repo);

    assertThat(target.staleness(Optional.empty(), "x\n"))
        .contains(".github/CODEOWNERS does not exist.");
  }

  @Test
  void write_sameText_leavesTheFileAlone() throws Exception {
    // GIVEN
    CodeOwnersTarget target = CodeOwnersTarget.of(repo, Optional.empty(), repo);

    // WHEN / THEN
    assertThat(target.write("x\n")).isTrue();
    assertThat(target.write("x\n")).isFalse();
    assertThat(target.file()).hasContent("x");
  }
}
