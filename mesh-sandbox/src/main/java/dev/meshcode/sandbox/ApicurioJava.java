package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A JDK on this machine chosen to run the registry.
 *
 * @param executable its {@code bin/java}
 * @param feature its feature version (17, 21, 25...)
 */
public record ApicurioJava(Path executable, int feature) {

  /**
   * Picks the release and the JDK to run it: 3.x on the first JDK 21+ among the candidates, else
   * 2.6 on the first JDK 17+.
   */
  public static Optional<ApicurioChoice> choose(List<Path> candidateHomes) {
    for (ApicurioRelease release : ApicurioRelease.values()) {
      Optional<ApicurioJava> java = find(release.minimumJava(), candidateHomes);
      if (java.isPresent()) {
        return Optional.of(new ApicurioChoice(release, java.get()));
      }
    }
    return Optional.empty();
  }

  /** The first candidate home that holds a JDK of at least {@code minimumFeature}. */
  public static Optional<ApicurioJava> find(int minimumFeature, List<Path> candidateHomes) {
    for (Path home : candidateHomes) {
      Path java = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
      OptionalInt feature = featureOf(home);
      if (feature.isPresent() && feature.getAsInt() >= minimumFeature && Files.isExecutable(java)) {
        return Optional.of(new ApicurioJava(java, feature.getAsInt()));
      }
    }
    return Optional.empty();
  }

  /**
   * Where to look, in order of preference: {@code JAVA_HOME}, the running JVM, then the JDKs
   * installed side by side ({@code /usr/lib/jvm}, macOS's JavaVirtualMachines), newest first.
   */
  public static List<Path> candidateHomes() {
    List<Path> homes = new ArrayList<>();
    Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(homes::add);
    homes.add(Path.of(System.getProperty("java.home")));
    homes.addAll(installedHomes(Path.of("/usr/lib/jvm"), Path.of("")));
    homes.addAll(
        installedHomes(Path.of("/Library/Java/JavaVirtualMachines"), Path.of("Contents/Home")));
    return homes;
  }

  private static List<Path> installedHomes(Path dir, Path suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .map(p -> p.resolve(suffix))
          .filter(p -> featureOf(p).isPresent())
          .sorted(Comparator.comparingInt((Path p) -> featureOf(p).getAsInt()).reversed())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Reads {@code JAVA_VERSION} from the home's {@code release} file ("25.0.3", "1.8.0_412"). */
  static OptionalInt featureOf(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return OptionalInt.empty();
    }
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      props.load(in);
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    String version = props.getProperty("JAVA_VERSION", "").replace("\"", "");
    String[] parts = version.split("[._+-]");
    try {
      int first = Integer.parseInt(parts[0]);
      return OptionalInt.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("win");
  }
}
