package dev.meshcode.maven;

import dev.meshcode.api.ValidationReport;
import dev.meshcode.render.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the mesh offline (structure, references, schemas, policies), prints every diagnostic with
 * its {@code file:line:col}, writes {@code diagnostics.json} and {@code diagnostics.sarif}, and
 * fails the build when there are errors (or warnings, with {@code failOnWarnings}). Needs no
 * cluster and no credentials.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public class ValidateMojo extends AbstractMeshMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping mesh validation (mesh.skip is true).");
      return;
    }
    requireMeshDirectory();
    Path root = meshDirectory.toPath().toAbsolutePath().normalize();
    ValidationReport report = validate(root);
    Summary summary =
        Summary.of(report.diagnostics(), report.files().size(), report.productCount());
    new DiagnosticsLog(getLog()).print(report.diagnostics(), summary);
    writeReports(root, report, summary);
    logReview(report.review());
    Optional<String> failure = Verdict.failure(summary, failOnWarnings, outputDirectory.toPath());
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }

  private ValidationReport validate(Path root) throws MojoExecutionException {
    try {
      return compiler().validate(root, base());
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException(
          "meshcode failed unexpectedly while validating "
              + root
              + " ("
              + e
              + "). This is a bug in meshcode, not in your descriptors: please report it with"
              + " the output of mvn -e.",
          e);
    }
  }

  private void writeReports(Path root, ValidationReport report, Summary summary)
      throws MojoExecutionException {
    Path out = outputDirectory.toPath();
    try {
      new ReportFiles(out, pluginVersion).write(root, report, summary);
      ReviewFile.write(out, report.review(), Optional.empty());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the validation reports to "
              + out
              + ": "
              + e.getMessage()
              + ". Check that <outputDirectory> is writable.",
          e);
    }
  }
}
