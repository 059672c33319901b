package dev.meshcode.provider.schemaregistry;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the registry is and how to talk to it.
 *
 * @param baseUri the API root: {@code https://psrc-x.europe-west3.gcp.confluent.cloud}, {@code
 *     http://localhost:8081} or Apicurio's {@code http://127.0.0.1:8080/apis/ccompat/v7}
 * @param maxConcurrency requests in flight at once, across all threads using the client
 * @param firstReadTimeout how long the first attempt of a read (a GET) may take; after it the read
 *     is sent again, with {@code requestTimeout}
 */
public record RegistrySettings(
    URI baseUri,
    Optional<RegistryCredentials> credentials,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxConcurrency,
    RetryPolicy retry,
    Duration firstReadTimeout) {

  /**
   * Apicurio 3.3.3 now and then never sends the answer to a request it has handled (seen with curl,
   * HttpURLConnection and this client, about one in 10,000 requests): without a shorter first
   * attempt such a read waited out the whole request timeout. Two seconds is many times a slow
   * answer of a remote registry, so a read that is merely slow is rarely sent twice; the second
   * attempt has the full timeout, so a registry slower than this still answers. Writes are never
   * cut short: only reads are safe to send twice.
   */
  public static final Duration FIRST_READ_TIMEOUT = Duration.ofSeconds(2);

  public RegistrySettings {
    String s = baseUri.toString();
    baseUri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1");
    }
    if (firstReadTimeout.isNegative() || firstReadTimeout.isZero()) {
      throw new IllegalArgumentException("firstReadTimeout must be positive");
    }
  }

  /**
   * No credentials, 5 s to connect, 30 s per request, 16 in flight, default retries. Measured on
   * Apicurio 3.3.3 (2 cores, 10,000 subjects): 16 in flight reads 10-15% faster than 8, 32 no
   * better than 16, and 4 six times slower; a rate-limited registry answers 429 and is retried. A
   * GET unanswered after {@link #HEDGE_AFTER} is hedged.
   */
  public static RegistrySettings of(URI baseUri) {
    return new RegistrySettings(
        baseUri,
        Optional.empty(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        16,
        RetryPolicy.defaults(),
        FIRST_READ_TIMEOUT);
  }

  public RegistrySettings withCredentials(RegistryCredentials c) {
    return new RegistrySettings(
        baseUri,
        Optional.of(c),
        connectTimeout,
        requestTimeout,
        maxConcurrency,
        retry,
        firstReadTimeout);
  }

  public RegistrySettings withTimeouts(Duration connect, Duration request) {
    return new RegistrySettings(
        baseUri, credentials, connect, request, maxConcurrency, retry, firstReadTimeout);
  }

  public RegistrySettings withMaxConcurrency(int n) {
    return new RegistrySettings(
        baseUri, credentials, connectTimeout, requestTimeout, n, retry, firstReadTimeout);
  }

  public RegistrySettings withRetry(RetryPolicy r) {
    return new RegistrySettings(
        baseUri, credentials, connectTimeout, requestTimeout, maxConcurrency, r, firstReadTimeout);
  }

  public RegistrySettings withFirstReadTimeout(Duration d) {
    return new RegistrySettings(
        baseUri, credentials, connectTimeout, requestTimeout, maxConcurrency, retry, d);
  }
}
