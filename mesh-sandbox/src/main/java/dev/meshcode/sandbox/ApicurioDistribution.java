package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An unpacked Apicurio Registry distribution and the jar that starts it.
 *
 * @param home the directory the {@code -all.tar.gz} was unpacked into
 * @param release which layout it has (3.x fast-jar or 2.x runner jar)
 * @param launchJar the jar given to {@code java -jar}
 */
public record ApicurioDistribution(Path home, ApicurioRelease release, Path launchJar) {

  private static final String MARKER = ".meshcode-unpacked";

  /** Recognises an already unpacked distribution (for example by maven-dependency-plugin). */
  public static ApicurioDistribution of(Path dir) {
    // Absolute: the registry runs with its work directory as the current directory.
    Path home = dir.toAbsolutePath().normalize();
    Path fastJar = home.resolve("quarkus-run.jar");
    if (Files.isRegularFile(fastJar)) {
      return new ApicurioDistribution(home, ApicurioRelease.V3, fastJar);
    }
    return runnerJar(home)
        .map(jar -> new ApicurioDistribution(home, ApicurioRelease.V2, jar))
        .orElseThrow(
            () ->
                new ApicurioException(
                    "no Apicurio Registry distribution in "
                        + home
                        + " (neither quarkus-run.jar nor *-runner.jar)"));
  }

  /**
   * Unpacks an already resolved {@code apicurio-registry-app-<v>-all.tar.gz} into {@code into},
   * once: a marker naming the tarball and its size makes later calls reuse the directory. The
   * archive is extracted next to {@code into} and moved in place, so a killed unpack never leaves a
   * half-filled directory that looks complete.
   */
  public static ApicurioDistribution unpack(Path tarball, Path into) {
    try {
      String stamp = tarball.getFileName() + " " + Files.size(tarball);
      Path marker = into.resolve(MARKER);
      if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
        return of(into);
      }
      Path staging = into.resolveSibling(into.getFileName() + ".unpacking");
      deleteTree(staging);
      ApicurioUnpacker.extract(tarball, staging);
      Files.writeString(staging.resolve(MARKER), stamp);
      deleteTree(into);
      Files.createDirectories(into.toAbsolutePath().getParent());
      Files.move(staging, into, StandardCopyOption.ATOMIC_MOVE);
      return of(into);
    } catch (IOException e) {
      throw new ApicurioException("cannot unpack " + tarball + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Path> runnerJar(Path home) {
    if (!Files.isDirectory(home)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(home)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
