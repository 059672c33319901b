package dev.meshcode.maven;

import dev.meshcode.api.ApplyReport;
import dev.meshcode.api.ApplyRequest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the saved plan (refused when stale or not matching the mesh), or, when there is no plan
 * file, plans and applies in one go. Prints progress per phase and a summary; any change that
 * failed fails the build.
 */
@Mojo(name = "apply", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ApplyMojo extends AbstractLiveMojo {

  /** The reviewed plan to apply; when the file does not exist, apply plans first. */
  @Parameter(property = "mesh.planFile", defaultValue = "${project.build.directory}/mesh/plan.json")
  protected File planFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping mesh:apply (mesh.skip is true).");
      return;
    }
    requireMeshDirectory();
    Path root = meshDirectory.toPath().toAbsolutePath().normalize();
    ApplyRequest request = new ApplyRequest(savedPlan(), prune);
    ApplyReport report =
        run(
            "applying",
            () -> liveCompiler().apply(root, environmentName(), request, providers.get()));
    print(report.planned());
    writeReports(root, report.planned(), false);
    report.result().ifPresent(r -> ApplySummary.lines(r).forEach(getLog()::info));
    Optional<String> failure = LiveVerdict.apply(report);
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }

  private Optional<String> savedPlan() throws MojoExecutionException {
    Path file = planFile.toPath();
    if (!Files.exists(file)) {
      getLog().info("No saved plan at " + file + ": planning and applying in one go.");
      return Optional.empty();
    }
    getLog().info("Applying the saved plan " + file + ".");
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the plan file " + file + ": " + e, e);
    }
  }
}
