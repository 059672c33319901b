package dev.meshcode.maven;

import dev.meshcode.api.CodeOwnersReport;
import dev.meshcode.render.CodeOwnersSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the repository's CODEOWNERS file from the domain descriptors: each domain's files are
 * owned by its {@code owners}, governance files by {@code governanceOwners}. With {@code
 * check=true} it writes nothing and fails the build when the file on disk is out of date, so a pull
 * request that changes a domain's owners (or adds a product) must carry the regenerated file.
 */
@Mojo(
    name = "codeowners",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public class CodeOwnersMojo extends AbstractMeshMojo {

  /**
   * The git repository's root folder; CODEOWNERS paths are relative to it. Default: the nearest
   * folder at or above the mesh directory that holds {@code .git}.
   */
  @Parameter(property = "mesh.codeowners.repositoryRoot")
  protected File repositoryRoot;

  /** The CODEOWNERS file, relative to the repository root. GitLab also reads .gitlab/CODEOWNERS. */
  @Parameter(property = "mesh.codeowners.file", defaultValue = CodeOwnersTarget.DEFAULT_FILE)
  protected String codeownersFile;

  /** GitHub organisation (or GitLab group): {@code @team} handles become {@code @org/team}. */
  @Parameter(property = "mesh.codeowners.org")
  protected String organisation;

  /**
   * Owners of mesh.yaml, policies and environments (handles or e-mail addresses); comma-separated
   * on the command line. Without them those files get no line.
   */
  @Parameter(property = "mesh.codeowners.governanceOwners")
  protected List<String> governanceOwners;

  /** Checks instead of writing: fails the build when the file differs from the generated text. */
  @Parameter(property = "mesh.codeowners.check", defaultValue = "false")
  protected boolean check;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  protected File projectDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping mesh:codeowners (mesh.skip is true).");
      return;
    }
    requireMeshDirectory();
    Path meshRoot = meshDirectory.toPath().toAbsolutePath().normalize();
    CodeOwnersTarget target = target(meshRoot);
    CodeOwnersReport report = generate(meshRoot, target);
    new DiagnosticsLog(getLog()).printAll(report.diagnostics());
    if (!report.passed()) {
      throw new MojoFailureException(
          "CODEOWNERS was not generated: the problems listed above must be fixed first.");
    }
    String text = report.text().orElseThrow();
    try {
      if (check) {
        verify(target, text);
      } else {
        boolean wrote = target.write(text);
        getLog().info((wrote ? "Wrote " : "Up to date: ") + target.file());
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot " + (check ? "read " : "write ") + target.file() + ": " + e.getMessage(), e);
    }
  }

  private void verify(CodeOwnersTarget target, String text)
      throws IOException, MojoFailureException {
    Optional<String> stale = target.staleness(target.current(), text);
    if (stale.isPresent()) {
      throw new MojoFailureException(
          "CODEOWNERS is out of date: "
              + stale.get()
              + " Regenerate it from the repository root with `"
              + target.regenerate()
              + "` and commit "
              + target.displayName()
              + ".");
    }
    getLog().info(target.displayName() + " is up to date with the domain descriptors.");
  }

  private CodeOwnersTarget target(Path meshRoot) throws MojoFailureException {
    Optional<Path> root =
        Optional.ofNullable(repositoryRoot)
            .map(f -> f.toPath().toAbsolutePath().normalize())
            .or(() -> RepositoryRoot.find(meshRoot));
    if (root.isEmpty()) {
      throw new MojoFailureException(
          "No git repository found at or above "
              + meshRoot
              + ", so CODEOWNERS has no place. Set <repositoryRoot> in the plugin configuration"
              + " (or -Dmesh.codeowners.repositoryRoot=...) to the repository's root folder.");
    }
    if (!meshRoot.startsWith(root.get())) {
      throw new MojoFailureException(
          "The mesh directory "
              + meshRoot
              + " is outside the repository root "
              + root.get()
              + ". Set <repositoryRoot> to a folder that contains the mesh.");
    }
    Optional<String> file = Optional.ofNullable(codeownersFile).filter(f -> !f.isBlank());
    Path project = Optional.ofNullable(projectDirectory).map(File::toPath).orElse(meshRoot);
    return CodeOwnersTarget.of(root.get(), file, project);
  }

  private CodeOwnersReport generate(Path meshRoot, CodeOwnersTarget target)
      throws MojoExecutionException {
    CodeOwnersSettings settings =
        new CodeOwnersSettings(
            RepositoryRoot.prefix(target.repositoryRoot(), meshRoot),
            Optional.ofNullable(organisation),
            Optional.ofNullable(governanceOwners).orElse(List.of()),
            target.regenerate());
    try {
      return compiler().codeOwners(meshRoot, settings);
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException(
          "meshcode failed unexpectedly while generating CODEOWNERS for "
              + meshRoot
              + " ("
              + e
              + "). This is a bug in meshcode, not in your descriptors: please report it with"
              + " the output of mvn -e.",
          e);
    }
  }
}
