package dev.meshcode.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Polls the Confluent API until it answers 200: the registry is usable only from then on. */
final class ApicurioReadiness {

  private static final Duration POLL = Duration.ofMillis(100);

  private ApicurioReadiness() {}

  static void await(Process process, String url, Duration timeout, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new ApicurioException(
            "Apicurio Registry exited with code " + process.exitValue() + "; " + tail(log));
      }
      if (answers200(http, request)) {
        return;
      }
      sleep();
    }
    throw new ApicurioException(
        "Apicurio Registry did not answer " + url + " within " + timeout + "; " + tail(log));
  }

  private static boolean answers200(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApicurioException("interrupted while waiting for Apicurio Registry", e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApicurioException("interrupted while waiting for Apicurio Registry", e);
    }
  }

  /** The last lines of the log, where Quarkus says why it did not start. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "last lines of "
          + log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "no log at " + log;
    }
  }
}
