package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running Apicurio Registry: a forked JVM on 127.0.0.1 serving the Confluent API at {@link
 * #url()}. It outlives the JVM that started it (a sandbox runs in the background), so {@link
 * #stop(Path)} works from any JVM through the state file in the work directory; tests close it.
 */
public final class ApicurioRegistry implements AutoCloseable {

  static final String LOG = "registry.log";

  private final Path workDir;
  private final ApicurioState state;

  private ApicurioRegistry(Path workDir, ApicurioState state) {
    this.workDir = workDir;
    this.state = state;
  }

  /**
   * Unpacks the resolved tarball under {@code workDir/dist-<name>} (once) and starts it with a JDK
   * found on this machine that can run it.
   */
  public static ApicurioRegistry start(Path tarball, Path workDir, ApicurioOptions options) {
    String name = tarball.getFileName().toString().replace(".tar.gz", "");
    ApicurioDistribution dist = ApicurioDistribution.unpack(tarball, workDir.resolve(name));
    return start(dist, javaFor(dist.release()), workDir, options);
  }

  /**
   * Starts the distribution and waits until {@code GET /subjects} answers 200. If a registry
   * recorded in {@code workDir} still runs, it is returned instead of starting a second one.
   */
  public static ApicurioRegistry start(
      ApicurioDistribution dist, ApicurioJava java, Path workDirectory, ApicurioOptions options) {
    Path workDir = workDirectory.toAbsolutePath().normalize();
    Optional<ApicurioRegistry> running = find(workDir);
    if (running.isPresent()) {
      return running.get();
    }
    Optional<ApicurioState> last = ApicurioState.read(workDir, ApicurioState.LAST);
    int http = port(options.httpPort(), last.map(ApicurioState::httpPort));
    int management = port(options.managementPort(), last.map(ApicurioState::managementPort));
    List<String> command = ApicurioCommand.of(java, dist, options, http, management);
    Process process = launch(command, workDir);
    ApicurioState state =
        new ApicurioState(
            process.pid(),
            process.info().startInstant().orElseGet(Instant::now),
            http,
            management,
            dist.release().version(),
            options.storage());
    ApicurioRegistry registry = new ApicurioRegistry(workDir, state);
    try {
      state.write(workDir);
      ApicurioReadiness.await(
          process, state.url() + "/subjects", options.readyTimeout(), log(workDir));
    } catch (IOException | RuntimeException e) {
      registry.close();
      throw e instanceof ApicurioException
          ? (ApicurioException) e
          : new ApicurioException("cannot start Apicurio Registry: " + e.getMessage(), e);
    }
    return registry;
  }

  /** The registry recorded in {@code workDir}, if it still runs. */
  public static Optional<ApicurioRegistry> find(Path workDir) {
    return ApicurioState.read(workDir)
        .filter(s -> s.process().isPresent())
        .map(s -> new ApicurioRegistry(workDir, s));
  }

  /** Stops the registry recorded in {@code workDir}, from any JVM; false if none was running. */
  public static boolean stop(Path workDir) {
    Optional<ApicurioRegistry> running = find(workDir);
    running.ifPresent(ApicurioRegistry::close);
    retireState(workDir);
    return running.isPresent();
  }

  /** The JDK for a release, or a message that says what to install. */
  public static ApicurioJava javaFor(ApicurioRelease release) {
    return ApicurioJava.find(release.minimumJava(), ApicurioJava.candidateHomes())
        .orElseThrow(
            () ->
                new ApicurioException(
                    "Apicurio Registry "
                        + release.version()
                        + " needs a JDK "
                        + release.minimumJava()
                        + "+; none found in JAVA_HOME, the running JVM or /usr/lib/jvm."
                        + " Install one, or use "
                        + ApicurioRelease.V2.coordinates()
                        + " (runs on Java 17)"));
  }

  public String url() {
    return state.url();
  }

  public ApicurioState state() {
    return state;
  }

  public Path logFile() {
    return log(workDir);
  }

  /**
   * SIGTERM, then a forced kill after 15 s. The state file becomes {@code registry.last.properties}
   * so that the next start in this directory takes the same ports when they are free.
   */
  @Override
  public void close() {
    state.process().ifPresent(ApicurioRegistry::terminate);
    retireState(workDir);
  }

  private static void terminate(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (Exception e) {
      process.destroyForcibly();
      process.onExit().join();
    }
  }

  private static Process launch(List<String> command, Path workDir) {
    try {
      Files.createDirectories(workDir);
      Process p =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log(workDir).toFile())
              .start();
      p.getOutputStream().close();
      return p;
    } catch (IOException e) {
      throw new ApicurioException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  private static Path log(Path workDir) {
    return workDir.resolve(LOG);
  }

  private static void retireState(Path workDir) {
    Path file = workDir.resolve(ApicurioState.FILE);
    try {
      if (Files.exists(file)) {
        Files.move(file, workDir.resolve(ApicurioState.LAST), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The requested port; else the last run's, if still free; else any free one. */
  private static int port(int requested, Optional<Integer> last) {
    if (requested != 0) {
      return requested;
    }
    return last.filter(LoopbackPorts::isFree).orElseGet(ApicurioRegistry::freePort);
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new ApicurioException("no free port on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ApicurioRegistry[" + state.version() + " " + state.storage() + " at " + url() + "]";
  }
}
