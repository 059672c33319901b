package dev.meshcode.maven;

import dev.meshcode.sandbox.ApicurioChoice;
import dev.meshcode.sandbox.ApicurioException;
import dev.meshcode.sandbox.ApicurioJava;
import dev.meshcode.sandbox.ApicurioOptions;
import dev.meshcode.sandbox.ApicurioRegistry;
import dev.meshcode.sandbox.ApicurioRelease;
import dev.meshcode.sandbox.KafkaBroker;
import dev.meshcode.sandbox.KafkaBrokerException;
import dev.meshcode.sandbox.KafkaBrokerOptions;
import dev.meshcode.sandbox.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * {@code mvn mesh:sandbox-start}: a real Kafka (KRaft) and Apicurio Registry on free loopback
 * ports, running in the background with their data under {@code target/mesh-sandbox}, recorded as
 * the {@code sandbox} environment ({@code environments/sandbox.yaml}). A second start attaches to
 * what still runs and restarts what does not, on the data it left.
 */
@Mojo(name = "sandbox-start", threadSafe = true)
public class SandboxStartMojo extends AbstractSandboxMojo {

  private static final String KAFKA_LOGGING = "org.apache.logging.log4j:log4j-slf4j2-impl";

  /** How many Kafka brokers (each also a KRaft controller). */
  @Parameter(property = "mesh.sandbox.brokers", defaultValue = "1")
  protected int brokers;

  @SuppressWarnings("deprecation") // @Component still injects; JSR-330 needs a sisu index.
  @Component
  protected RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  protected RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  protected List<RemoteRepository> remoteRepositories;

  /** This plugin's own dependencies: they name the broker versions it was built with. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
  protected List<Artifact> pluginArtifacts;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("meshcode: sandbox-start skipped (mesh.skip).");
      return;
    }
    requireMeshDirectory();
    if (brokers < 1) {
      throw new MojoFailureException(
          "mesh.sandbox.brokers must be 1 or more, not " + brokers + ".");
    }
    quietKafkaClients();
    SandboxLayout layout = layout();
    ApicurioChoice choice = chooseRegistry();
    Path environmentFile = meshDirectory.toPath().resolve("environments").resolve("sandbox.yaml");
    SandboxEnvironmentFile.Preferred preferred = preferredPorts(environmentFile);
    boolean kafkaReused = KafkaBroker.runningNodes(layout.kafka()) == brokers;
    KafkaBroker kafka = startKafka(layout, preferred.kafka());
    Optional<ApicurioRegistry> running = ApicurioRegistry.find(layout.registry());
    ApicurioRegistry registry;
    try {
      registry =
          running.isPresent()
              ? running.get()
              : startRegistry(choice, layout, kafka, preferred.registry());
    } catch (MojoExecutionException e) {
      if (!kafkaReused) {
        kafka.stop();
      }
      throw e;
    }
    SandboxEndpoints endpoints =
        new SandboxEndpoints(
            kafka.bootstrap(), brokers, registry.url(), registry.state().version());
    SandboxEnvironmentFile.Outcome outcome = record(endpoints, layout, environmentFile);
    info(
        SandboxMessages.started(
            endpoints, kafkaReused, running.isPresent(), environmentFile, outcome, layout));
  }

  /**
   * The readiness check's admin client logs its configuration and every retry at INFO through
   * Maven's logger. Maven's SLF4J provider reads a logger's level from system properties when the
   * logger is first created, so this must run before any Kafka client in this JVM; -D wins.
   */
  private static void quietKafkaClients() {
    String prefix = "org.slf4j.simpleLogger.log.org.apache.kafka";
    // While the broker boots, every poll warns that the port is closed: expected, not news.
    for (String[] level : new String[][] {{"", "warn"}, {".clients.NetworkClient", "error"}}) {
      if (System.getProperty(prefix + level[0]) == null) {
        System.setProperty(prefix + level[0], level[1]);
      }
    }
  }

  private ApicurioChoice chooseRegistry() throws MojoFailureException {
    ApicurioChoice choice =
        ApicurioJava.choose(ApicurioJava.candidateHomes())
            .orElseThrow(
                () ->
                    new MojoFailureException(
                        "No JDK 17 or newer found in JAVA_HOME, the running JVM or /usr/lib/jvm to"
                            + " run Apicurio Registry. Install a JDK 21+ (or 17) and run again."));
    if (choice.release() != ApicurioRelease.V3) {
      getLog()
          .warn(
              "No JDK 21+ found: starting Apicurio Registry "
                  + choice.release().version()
                  + " on Java "
                  + choice.java().feature()
                  + " instead of "
                  + ApicurioRelease.V3.version()
                  + ". It keeps schemas in memory only, so a restart forgets them. Install a JDK 21+"
                  + " (or point JAVA_HOME at one) to get 3.x.");
    }
    return choice;
  }

  /** The ports environments/sandbox.yaml declares: used when free, so the file stays as it is. */
  private static SandboxEnvironmentFile.Preferred preferredPorts(Path environmentFile)
      throws MojoExecutionException {
    try {
      return SandboxEnvironmentFile.preferredPorts(environmentFile);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + environmentFile + ": " + e, e);
    }
  }

  private KafkaBroker startKafka(SandboxLayout layout, int preferredPort)
      throws MojoExecutionException {
    if (KafkaBroker.runningNodes(layout.kafka()) != brokers) {
      getLog().info("meshcode: starting Kafka (" + brokers + " broker(s)) in " + layout.kafka());
    }
    try {
      List<Path> jars = artifacts().runtimeClasspath(brokerRoots());
      return KafkaBroker.start(
          KafkaBrokerOptions.of(layout.kafka(), jars)
              .withNodes(brokers)
              .withPreferredPort(preferredPort));
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException(
          "Cannot resolve the Kafka broker's jars from the project's repositories: "
              + e.getMessage(),
          e);
    } catch (KafkaBrokerException e) {
      throw new MojoExecutionException(
          "Kafka did not start: " + e.getMessage() + " (logs in " + layout.kafka() + ")", e);
    }
  }

  /** kafka_2.13 and the log4j binding it lacks, in the versions this plugin depends on. */
  private List<String> brokerRoots() throws MojoExecutionException {
    List<String> roots = new ArrayList<>();
    for (String key : List.of("org.apache.kafka:kafka_2.13", KAFKA_LOGGING)) {
      roots.add(
          pluginArtifacts.stream()
              .filter(a -> (a.getGroupId() + ":" + a.getArtifactId()).equals(key))
              .map(a -> key + ":" + a.getVersion())
              .findFirst()
              .orElseThrow(
                  () -> new MojoExecutionException("The plugin's dependencies lack " + key + ".")));
    }
    return roots;
  }

  private SandboxArtifacts artifacts() {
    return new SandboxArtifacts(repositorySystem, repositorySession, remoteRepositories);
  }

  private ApicurioRegistry startRegistry(
      ApicurioChoice choice, SandboxLayout layout, KafkaBroker kafka, int preferredPort)
      throws MojoExecutionException {
    Path tarball = resolve(choice.release());
    ApicurioOptions options = ApicurioOptions.defaults();
    if (preferredPort != 0 && LoopbackPorts.isFree(preferredPort)) {
      options = options.withPorts(preferredPort, 0);
    }
    if (choice.release() == ApicurioRelease.V3) {
      options = options.withKafkaSql(kafka.bootstrap());
    }
    getLog()
        .info(
            "meshcode: starting Apicurio Registry "
                + choice.release().version()
                + " on Java "
                + choice.java().feature()
                + " in "
                + layout.registry());
    try {
      return ApicurioRegistry.start(tarball, layout.registry(), options);
    } catch (ApicurioException | UncheckedIOException e) {
      throw new MojoExecutionException(
          "Apicurio Registry did not start: "
              + e.getMessage()
              + " (log: "
              + layout.registry().resolve("registry.log")
              + ")",
          e);
    }
  }

  private Path resolve(ApicurioRelease release) throws MojoExecutionException {
    try {
      return artifacts().apicurioTarball(release);
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException(
          "Cannot resolve "
              + release.coordinates()
              + " from the project's repositories: "
              + e.getMessage(),
          e);
    }
  }

  private static SandboxEnvironmentFile.Outcome record(
      SandboxEndpoints endpoints, SandboxLayout layout, Path environmentFile)
      throws MojoExecutionException, MojoFailureException {
    try {
      endpoints.write(layout.endpoints());
      return SandboxEnvironmentFile.refresh(environmentFile, endpoints);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "The sandbox runs, but its addresses could not be recorded: " + e, e);
    }
  }
}
