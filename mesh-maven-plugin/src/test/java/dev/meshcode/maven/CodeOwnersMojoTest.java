package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal on a mesh in a sub-folder of a git repository; whole builds are in src/it. */
class CodeOwnersMojoTest {

  @TempDir Path repo;
  private Path mesh;

  @BeforeEach
  void meshInSubFolder() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    mesh = repo.resolve("mesh");
    write("mesh.yaml", "apiVersion: meshcode.dev/v1\nkind: Mesh\nname: m\n");
    write(
        "domains/trading/domain.yaml",
        "apiVersion: meshcode.dev/v1\nkind: Domain\nname: trading\ndescription: d\n"
            + "owners: ['@trading-team']\n");
  }

  private CodeOwnersMojo mojo() {
    CodeOwnersMojo mojo = new CodeOwnersMojo();
    mojo.meshDirectory = mesh.toFile();
    mojo.projectDirectory = mesh.toFile();
    mojo.outputDirectory = mesh.resolve("target/mesh").toFile();
    mojo.codeownersFile = CodeOwnersTarget.DEFAULT_FILE;
    mojo.organisation = "acme";
    mojo.governanceOwners = List.of("@platform");
    mojo.setLog(new RecordingLog(false));
    return mojo;
  }

  @Test
  void execute_write_putsPathsRelativeToTheGitRoot() throws Exception {
    // WHEN
    mojo().execute();

    // THEN
    String text = Files.readString(repo.resolve(".github/CODEOWNERS"));
    assertThat(text.lines())
        .contains(
            "/mesh/domains/trading/domain.yaml @acme/trading-team",
            "/mesh/mesh.yaml @acme/platform",
            "#   mvn -f mesh/pom.xml mesh:codeowners");
  }

  @Test
  void execute_checkAfterWrite_passes() throws Exception {
    // GIVEN
    mojo().execute();
    CodeOwnersMojo check = mojo();
    check.check = true;

    // WHEN
    check.execute();

    // THEN
    assertThat(((RecordingLog) check.getLog()).lines)
        .contains("[info] .github/CODEOWNERS is up to date with the domain descriptors.");
  }

  @Test
  void execute_checkAfterOwnersChanged_failsNamingFileAndCommand() throws Exception {
    // GIVEN the file was generated, then the domain changed owners
    mojo().execute();
    write(
        "domains/trading/domain.yaml",
        "apiVersion: meshcode.dev/v1\nkind: Domain\nname: trading\ndescription: d\n"
            + "owners: ['@new-team']\n");
    CodeOwnersMojo check = mojo();
    check.check = true;

    // WHEN / THEN
    assertThatThrownBy(check::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "CODEOWNERS is out of date: .github/CODEOWNERS differs from what the descriptors"
                + " give, first at line 8: expected `/mesh/domains/trading/domain.yaml"
                + " @acme/new-team`, found `/mesh/domains/trading/domain.yaml"
                + " @acme/trading-team`. Regenerate it from the repository root with `mvn -f"
                + " mesh/pom.xml mesh:codeowners` and commit .github/CODEOWNERS.");
  }

  @Test
  void execute_meshOutsideRepositoryRoot_failsNamingTheParameter() throws Exception {
    // GIVEN
    Files.delete(repo.resolve(".git"));
    CodeOwnersMojo mojo = mojo();
    // a temp folder may itself sit inside a checkout: only an explicit outside root is certain
    mojo.repositoryRoot = repo.resolve("elsewhere").toFile();

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is outside the repository root")
        .hasMessageContaining("Set <repositoryRoot>");
  }

  private void write(String file, String text) throws Exception {
    Path path = mesh.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
