package dev.meshcode.provider.schemaregistry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * HTTP for the client: bounded concurrency (a semaphore held only while a request is in flight, not
 * during backoff), per-request timeouts (shorter for a read's first attempt, see {@link
 * RegistrySettings#FIRST_READ_TIMEOUT}), and retries on 429, 502/503/504/500 and I/O failures.
 * Every answer that is not retried goes back to the caller, which gives 4xx their API meaning.
 */
final class RegistryTransport {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final String ACCEPT =
      "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9,"
          + " application/json; qs=0.5";

  private final RegistrySettings settings;
  private final HttpClient http;
  private final Semaphore inFlight;
  private final RetryPolicy.Sleeper sleeper;

  RegistryTransport(RegistrySettings settings, RetryPolicy.Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.inFlight = new Semaphore(settings.maxConcurrency(), true);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Sends {@code method pathAndQuery} (already percent-encoded) and returns the final answer; after
   * the last attempt a retryable status is returned too, and an I/O failure is thrown.
   */
  RegistryResponse send(String method, String pathAndQuery, Optional<String> jsonBody) {
    HttpRequest request = request(method, pathAndQuery, jsonBody);
    HttpRequest first = firstAttempt(request);
    String call = method + " " + pathAndQuery;
    RetryPolicy retry = settings.retry();
    for (int attempt = 1; ; attempt++) {
      Optional<Duration> retryAfter = Optional.empty();
      try {
        RegistryResponse response = once(attempt == 1 ? first : request);
        if (!retryable(response.status()) || attempt == retry.maxAttempts()) {
          return response;
        }
        retryAfter = response.retryAfter();
      } catch (IOException e) {
        if (attempt == retry.maxAttempts()) {
          throw RegistryException.unreachable(call, attempt, e);
        }
      }
      pause(call, attempt, retry.delayAfter(attempt, retryAfter));
    }
  }

  /**
   * A read cut short must have a next attempt: with one attempt only, it keeps the full timeout.
   */
  private HttpRequest firstAttempt(HttpRequest request) {
    Duration cut = settings.firstReadTimeout();
    if (!request.method().equals("GET")
        || settings.retry().maxAttempts() < 2
        || cut.compareTo(settings.requestTimeout()) >= 0) {
      return request;
    }
    return HttpRequest.newBuilder(request, (name, value) -> true).timeout(cut).build();
  }

  private RegistryResponse once(HttpRequest request) throws IOException {
    try {
      inFlight.acquire();
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new RegistryResponse(
            r.statusCode(), r.body(), r.headers().firstValue("Retry-After").flatMap(this::delay));
      } finally {
        inFlight.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private void pause(String call, int attempt, Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryException.unreachable(call, attempt, e);
    }
  }

  private HttpRequest request(String method, String pathAndQuery, Optional<String> jsonBody) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(settings.baseUri() + pathAndQuery))
            .timeout(settings.requestTimeout())
            .header("Accept", ACCEPT)
            .header("User-Agent", "meshcode")
            .method(
                method,
                jsonBody
                    .map(HttpRequest.BodyPublishers::ofString)
                    .orElse(HttpRequest.BodyPublishers.noBody()));
    jsonBody.ifPresent(x -> b.header("Content-Type", CONTENT_TYPE));
    settings.credentials().ifPresent(c -> b.header("Authorization", c.header()));
    return b.build();
  }

  static boolean retryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /** {@code Retry-After} is either delta-seconds or an HTTP date. */
  private Optional<Duration> delay(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
  }
}
