package dev.meshcode.maven;

import dev.meshcode.api.PlanReport;
import dev.meshcode.api.PlanRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates the mesh, reads the live state of one environment and prints what apply would change;
 * writes {@code plan.json} (for {@code mesh:apply}), {@code plan.txt}, {@code plan.md} (for a pull
 * request comment) and the diagnostics reports. Succeeds with or without changes unless {@code
 * failOnChanges}.
 */
@Mojo(name = "plan", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class PlanMojo extends AbstractLiveMojo {

  /** Fails the build when the plan has changes: a drift check for a scheduled job. */
  @Parameter(property = "mesh.failOnChanges", defaultValue = "false")
  protected boolean failOnChanges;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping mesh:plan (mesh.skip is true).");
      return;
    }
    requireMeshDirectory();
    Path root = meshDirectory.toPath().toAbsolutePath().normalize();
    PlanReport report =
        run(
            "planning",
            () ->
                liveCompiler()
                    .plan(
                        root, environmentName(), new PlanRequest(prune, base()), providers.get()));
    print(report);
    writeReports(root, report, true);
    logReview(report.validation().review());
    if (report.hasChanges() && !report.hasErrors()) {
      getLog()
          .info(
              "Plan saved to "
                  + outputDirectory.toPath().resolve(PlanFiles.JSON)
                  + "; apply it with mvn mesh:apply -Dmesh.environment="
                  + report.environment());
    }
    Optional<String> failure = LiveVerdict.plan(report, failOnChanges);
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }
}
