package dev.meshcode.sandbox;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Forks the Kafka JVMs (from this JVM's {@code java.home}) and stops them with their children. */
final class KafkaProcesses {
  private KafkaProcesses() {}

  static Process launch(List<String> command, Path log, Path workDir) {
    try {
      Files.createDirectories(log.getParent());
      return new ProcessBuilder(command)
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot start " + command.get(0), e);
    }
  }

  static List<String> java(KafkaBrokerOptions options, List<String> jvmOptions, boolean watchdog) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dlog4j2.configurationFile=" + KafkaNodeConfig.log4jFile(options.dataDir()));
    command.add("-cp");
    command.add(KafkaClasspath.join(options.classpath(), watchdog));
    return command;
  }

  /**
   * The command run in a session of its own (util-linux {@code setsid}, when installed), so a
   * broker meant to outlive this JVM also survives the terminal it was started from closing. setsid
   * execs in place (the JVM's child is no group leader), so the pid stays the broker's.
   */
  static List<String> detached(List<String> command) {
    Path setsid = Path.of("/usr/bin/setsid");
    if (!Files.isExecutable(setsid)) {
      return command;
    }
    List<String> wrapped = new ArrayList<>();
    wrapped.add(setsid.toString());
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * The live process with this pid, if it is still the one recorded: pids get reused, so the start
   * time must match too (a second of tolerance for clock-tick rounding).
   */
  static Optional<ProcessHandle> find(long pid, long startedAtMillis) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(h -> Math.abs(startedAt(h) - startedAtMillis) <= 1_000);
  }

  /** When the process started, in epoch milliseconds; -1 when the system does not say. */
  static long startedAt(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
  }

  /** SIGTERM to every process and its descendants, then SIGKILL to what is left at the deadline. */
  static void stop(List<ProcessHandle> processes, Duration timeout) {
    List<ProcessHandle> all = new ArrayList<>();
    for (ProcessHandle process : processes) {
      process.descendants().forEach(all::add);
      all.add(process);
    }
    all.forEach(ProcessHandle::destroy);
    CompletableFuture<?>[] exits =
        all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      all.forEach(ProcessHandle::destroyForcibly);
    } catch (InterruptedException e) {
      all.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    }
  }

  /** The last lines of a log, for an error message. */
  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }
}
