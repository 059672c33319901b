package dev.meshcode.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One topics-alone run as a whole process: forks {@code java -cp <this class path>
 * PlanApplyBenchmark --mode MODE --mesh DIR}, times it from fork to exit, and reads its peak
 * resident set. The child reports its own {@code VmHWM} just before exiting; the parent also polls
 * {@code /proc/<pid>/status} every 20 ms as a cross-check and keeps the larger of the two.
 *
 * @param wall fork to exit
 * @param exitCode the child's exit code
 * @param peakRssKb peak resident set in KiB, -1 when unknown
 * @param result the fields of the child's result line ({@code ok}, {@code changes}, ...)
 * @param output every line the child printed
 */
record ForkedRun(
    Duration wall, int exitCode, long peakRssKb, Map<String, String> result, List<String> output) {

  static ForkedRun run(String mode, Path mesh, List<String> jvmOptions) {
    return run(mode, mesh, jvmOptions, System.getProperty("java.class.path"));
  }

  static ForkedRun run(String mode, Path mesh, List<String> jvmOptions, String classpath) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    // This class path also carries the brokers' log4j binding, which would be set up in the
    // child; meshcode under Maven logs through Maven's own binding and never does that.
    command.add("-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider");
    command.addAll(
        List.of(
            "-cp",
            classpath,
            PlanApplyBenchmark.class.getName(),
            "--mode",
            mode,
            "--mesh",
            mesh.toString()));
    try {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> output = new ArrayList<>();
      Thread reader = new Thread(() -> readAll(process, output), "child-output");
      reader.start();
      Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
      long polled = -1;
      while (process.isAlive()) {
        polled = Math.max(polled, TopicsChild.peakResidentKb(status).orElse(-1L));
        Thread.sleep(20);
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      reader.join();
      Map<String, String> result = parse(output);
      long reported = Long.parseLong(result.getOrDefault("vmhwm_kb", "-1"));
      return new ForkedRun(wall, process.exitValue(), Math.max(polled, reported), result, output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fork " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the child", e);
    }
  }

  int changes() {
    return Integer.parseInt(result.getOrDefault("changes", "-1"));
  }

  boolean ok() {
    return exitCode == 0 && "true".equals(result.get("ok"));
  }

  String line() {
    return String.format(
        "%6.2f s  %s  peak RSS %s  changes=%s applied=%s failed=%s kafka requests=%s"
            + " (in-process facade call %s s)",
        wall.toNanos() / 1e9,
        ok() ? "ok    " : "FAILED (exit " + exitCode + ")",
        peakRssKb < 0 ? "n/a" : (peakRssKb / 1024) + " MiB",
        result.getOrDefault("changes", "?"),
        result.getOrDefault("applied", "?"),
        result.getOrDefault("failed", "?"),
        result.getOrDefault("requests", "?"),
        result.getOrDefault("inner_s", "?"));
  }

  private static void readAll(Process process, List<String> output) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (output) {
          output.add(line);
        }
      }
    } catch (IOException e) {
      synchronized (output) {
        output.add("(cannot read the child's output: " + e + ")");
      }
    }
  }

  private static Map<String, String> parse(List<String> output) {
    Map<String, String> fields = new HashMap<>();
    for (String line : output) {
      if (line.startsWith(TopicsChild.RESULT + " ")) {
        for (String pair : line.substring(TopicsChild.RESULT.length() + 1).split(" ")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
      }
    }
    return fields;
  }
}
