package dev.meshcode.maven;

import dev.meshcode.api.MeshCompiler;
import dev.meshcode.review.Review;
import java.io.File;
import java.time.Clock;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every meshcode goal shares. */
public abstract class AbstractMeshMojo extends AbstractMojo {

  /** The mesh repository: the folder that holds {@code mesh.yaml}. */
  @Parameter(property = "mesh.directory", defaultValue = "${project.basedir}", required = true)
  protected File meshDirectory;

  /** Where reports go ({@code diagnostics.json}, {@code diagnostics.sarif}). */
  @Parameter(
      property = "mesh.outputDirectory",
      defaultValue = "${project.build.directory}/mesh",
      required = true)
  protected File outputDirectory;

  /** Skips the goal, for example {@code -Dmesh.skip} on a build that only packages. */
  @Parameter(property = "mesh.skip", defaultValue = "false")
  protected boolean skip;

  /** Fails the build on warnings too, not only on errors. */
  @Parameter(property = "mesh.failOnWarnings", defaultValue = "false")
  protected boolean failOnWarnings;

  /**
   * Reviews the change against the merge base with this git ref (for example {@code origin/main} in
   * a pull request): breaking schema changes, lifecycle, immutable attributes; writes {@code
   * review.md}. Empty: no review.
   */
  @Parameter(property = "mesh.base")
  protected String base;

  /** Written into reports as the tool version. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  protected String pluginVersion;

  protected Optional<String> base() {
    return Optional.ofNullable(base).map(String::trim).filter(b -> !b.isEmpty());
  }

  /** One line on what a review covered and where its comment is. */
  protected void logReview(Optional<Review> review) {
    review.ifPresent(
        r ->
            getLog()
                .info(
                    "Review against "
                        + r.base()
                        + ": "
                        + r.products().size()
                        + (r.products().size() == 1 ? " product" : " products")
                        + " changed in "
                        + r.files()
                        + (r.files() == 1 ? " file" : " files")
                        + "; pull-request comment in "
                        + outputDirectory.toPath().resolve(ReviewFile.MARKDOWN)
                        + "."));
  }

  protected MeshCompiler compiler() {
    return new MeshCompiler(Clock.systemUTC(), new MavenEventLog(getLog()));
  }

  /** A missing mesh directory is a configuration mistake the user fixes in the pom: a FAILURE. */
  protected void requireMeshDirectory() throws MojoFailureException {
    if (!meshDirectory.isDirectory()) {
      throw new MojoFailureException(
          "The mesh directory "
              + meshDirectory
              + " does not exist or is not a directory. Set <meshDirectory> in the plugin"
              + " configuration (or -Dmesh.directory=...) to the folder that holds mesh.yaml.");
    }
  }
}
