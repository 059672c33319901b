package dev.meshcode.maven;

import dev.meshcode.sandbox.ApicurioException;
import dev.meshcode.sandbox.ApicurioRegistry;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn mesh:sandbox-stop}: stops the registry, then the Kafka brokers that {@code
 * mesh:sandbox-start} recorded under {@code target/mesh-sandbox}, from their state files. The data
 * stays for the next start unless {@code -Dmesh.sandbox.clean=true}.
 */
@Mojo(name = "sandbox-stop", threadSafe = true)
public class SandboxStopMojo extends AbstractSandboxMojo {

  /** Also deletes the sandbox's data (topics, schemas, logs). */
  @Parameter(property = "mesh.sandbox.clean", defaultValue = "false")
  protected boolean clean;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("meshcode: sandbox-stop skipped (mesh.skip).");
      return;
    }
    SandboxLayout layout = layout();
    boolean registry;
    int brokers;
    try {
      // The registry first: it keeps its schemas in Kafka and would log errors without it.
      registry = ApicurioRegistry.stop(layout.registry());
      brokers = KafkaBroker.stop(layout.kafka());
    } catch (KafkaBrokerException | ApicurioException e) {
      throw new MojoExecutionException("Cannot stop the sandbox: " + e.getMessage(), e);
    }
    if (clean) {
      delete(layout.root());
    }
    info(SandboxMessages.stopped(brokers, registry, clean, layout));
  }

  private static void delete(Path root) throws MojoExecutionException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "The sandbox is stopped, but its data in " + root + " could not be deleted: " + e, e);
    }
  }
}
