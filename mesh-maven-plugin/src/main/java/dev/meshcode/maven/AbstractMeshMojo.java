package dev.meshcode.maven;

import dev.meshcode.api.MeshCompiler;
import java.io.File;
import java.time.Clock;
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

  /** Written into reports as the tool version. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  protected String pluginVersion;

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
