package dev.meshcode.maven;

import dev.meshcode.api.MeshCompiler;
import dev.meshcode.api.PlanReport;
import dev.meshcode.api.ProviderFactory;
import dev.meshcode.api.ValidationReport;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.render.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code mesh:plan} and {@code mesh:apply} share: the environment, prune, the providers found
 * on the class path with secrets from {@code settings.xml} and the environment, and how a plan is
 * printed and saved.
 */
public abstract class AbstractLiveMojo extends AbstractMeshMojo {

  /** The Environment document to plan against, by name: {@code -Dmesh.environment=sandbox}. */
  @Parameter(property = "mesh.environment")
  protected String environment;

  /** Also delete orphans: resources under a name the mesh owns that no product declares. */
  @Parameter(property = "mesh.prune", defaultValue = "false")
  protected boolean prune;

  @Parameter(defaultValue = "${session}", readonly = true)
  protected MavenSession session;

  /** The providers; tests replace it with in-memory ones. */
  Supplier<ProviderFactory> providers = this::discoverProviders;

  protected String environmentName() {
    return Optional.ofNullable(environment).orElse("").trim();
  }

  protected MeshCompiler liveCompiler() {
    return new MeshCompiler(Clock.systemUTC(), new ProgressLog(getLog()));
  }

  private ProviderFactory discoverProviders() {
    MavenProviderFactory found =
        MavenProviderFactory.discover(
            getClass().getClassLoader(),
            MavenSecretResolver.of(session == null ? null : session.getSettings()));
    getLog().debug("meshcode: providers found: " + found.systems());
    return found;
  }

  /** Runs the compiler; a fault of meshcode or of a system is a BUILD ERROR, not a FAILURE. */
  protected <T> T run(String what, Supplier<T> work) throws MojoExecutionException {
    try {
      return work.get();
    } catch (ProviderException e) {
      throw new MojoExecutionException(
          "meshcode could not reach an external system while " + what + ": " + e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException(
          "meshcode failed unexpectedly while "
              + what
              + " ("
              + e
              + "). This is a bug in meshcode: please report it with the output of mvn -e.",
          e);
    }
  }

  /** Diagnostics found before planning, then the plan in Terraform's conventions. */
  protected void print(PlanReport report) {
    DiagnosticsLog out = new DiagnosticsLog(getLog());
    out.print(report.beforePlan(), summary(report));
    report.plan().ifPresent(out::print);
  }

  protected void writeReports(Path root, PlanReport report, boolean withPlan)
      throws MojoExecutionException {
    Path out = outputDirectory.toPath();
    ValidationReport all =
        new ValidationReport(
            report.validation().mesh(),
            report.diagnostics(),
            report.validation().files(),
            report.validation().review());
    try {
      new ReportFiles(out, pluginVersion).write(root, all, summary(report));
      if (withPlan) {
        PlanFiles.write(out, report.plan());
        ReviewFile.write(out, report.validation().review(), report.plan());
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the reports to " + out + ": " + e.getMessage() + ".", e);
    }
  }

  private static Summary summary(PlanReport report) {
    return Summary.of(
        report.diagnostics(),
        report.validation().files().size(),
        report.validation().productCount());
  }
}
