package dev.meshcode.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The sandbox servers of an invoker test that are still running. Servers started by {@code
 * mesh:sandbox-start} are detached, so a failed build that skipped {@code mesh:sandbox-stop} would
 * leave them behind: each is killed, and named, so the test fails saying so.
 */
public final class SandboxLeftovers {

  private static final List<String> STATE_FILES =
      List.of(
          "target/mesh-sandbox/kafka/kafka-state.properties",
          "target/mesh-sandbox/registry/registry.properties");

  private SandboxLeftovers() {}

  /** Kills what still runs under {@code basedir}; returns one line per killed process. */
  public static List<String> kill(File basedir) {
    List<String> killed = new ArrayList<>();
    for (String name : STATE_FILES) {
      Path file = basedir.toPath().resolve(name);
      if (Files.exists(file)) {
        killAlive(name, read(file), killed);
      }
    }
    return killed;
  }

  private static void killAlive(String name, Properties state, List<String> killed) {
    for (String key : state.stringPropertyNames()) {
      String value = state.getProperty(key);
      if (!key.endsWith("pid") || value.equals("-1")) {
        continue;
      }
      ProcessHandle.of(Long.parseLong(value))
          .filter(ProcessHandle::isAlive)
          .ifPresent(
              h -> {
                killed.add(name + ": " + key + "=" + value);
                h.destroyForcibly();
              });
    }
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
