package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What a later JVM needs to find and stop a running registry, kept in {@code registry.properties}
 * in the work directory.
 *
 * @param pid the registry process
 * @param startedAt the process's start instant, so that a reused pid is never mistaken for it
 */
public record ApicurioState(
    long pid, Instant startedAt, int httpPort, int managementPort, String version, String storage) {

  static final String FILE = "registry.properties";

  /** The state of the last stopped registry: a restart prefers its ports, so endpoints stay put. */
  static final String LAST = "registry.last.properties";

  /** The Confluent-compatible API, e.g. {@code http://127.0.0.1:18080/apis/ccompat/v7}. */
  public String url() {
    return "http://127.0.0.1:" + httpPort + "/apis/ccompat/v7";
  }

  void write(Path workDir) throws IOException {
    Properties p = new Properties();
    p.setProperty("pid", Long.toString(pid));
    p.setProperty("startedAt", startedAt.toString());
    p.setProperty("httpPort", Integer.toString(httpPort));
    p.setProperty("managementPort", Integer.toString(managementPort));
    p.setProperty("version", version);
    p.setProperty("storage", storage);
    p.setProperty("url", url());
    Path tmp = workDir.resolve(FILE + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      p.store(out, "Apicurio Registry started by meshcode");
    }
    Files.move(tmp, workDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
  }

  static Optional<ApicurioState> read(Path workDir) {
    return read(workDir, FILE);
  }

  static Optional<ApicurioState> read(Path workDir, String name) {
    Path file = workDir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      return Optional.of(
          new ApicurioState(
              Long.parseLong(p.getProperty("pid")),
              Instant.parse(p.getProperty("startedAt")),
              Integer.parseInt(p.getProperty("httpPort")),
              Integer.parseInt(p.getProperty("managementPort")),
              p.getProperty("version"),
              p.getProperty("storage")));
    } catch (IOException | RuntimeException e) {
      // An unreadable state file describes no process we could safely stop.
      return Optional.empty();
    }
  }

  /** The live process this state describes, if it still runs (same pid and same start time). */
  Optional<ProcessHandle> process() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            h -> h.info().startInstant().map(s -> sameSecond(s, startedAt)).orElse(Boolean.TRUE));
  }

  private static boolean sameSecond(Instant a, Instant b) {
    return Math.abs(a.getEpochSecond() - b.getEpochSecond()) <= 1;
  }
}
