package dev.meshcode.provider.schemaregistry;

import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.error;
import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.model.Compatibility;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, backoff, timeouts, concurrency and credentials, against the scripted fake. */
class RegistryTransportTest {

  private static final String SECRET = "s3cr3t-pa55";
  private static final RegistryCredentials CREDS = new RegistryCredentials("API_KEY_1", SECRET);

  private ConfluentFake fake;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    fake = new ConfluentFake();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private SchemaRegistryClient client(RegistrySettings settings) {
    return new SchemaRegistryClient(new RegistryTransport(settings, sleeps::add));
  }

  @Test
  void send_429WithRetryAfter_waitsAsToldThenSucceeds() {
    fake.on(
        "GET /subjects",
        error(429, 42901, "Rate limit exceeded").withHeader("Retry-After", "3"),
        json(200, "[\"a\"]"));

    assertThat(client(RegistrySettings.of(fake.uri())).subjects()).containsExactly("a");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void send_503Twice_backsOffExponentially() {
    fake.on(
        "GET /subjects",
        json(503, "upstream unavailable"),
        json(503, "upstream unavailable"),
        json(200, "[]"));

    assertThat(client(RegistrySettings.of(fake.uri())).subjects()).isEmpty();
    assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(fake.seen()).hasSize(3);
  }

  @Test
  void send_500EveryTime_givesUpAfterMaxAttemptsAsServerError() {
    fake.on("GET /subjects", error(500, 50001, "Error in the backend data store"));

    assertThatThrownBy(() -> client(RegistrySettings.of(fake.uri())).subjects())
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.SERVER_ERROR))
        .hasMessage(
            "GET /subjects failed: HTTP 500 (error_code 50001): Error in the backend data store");
    assertThat(fake.seen()).hasSize(5);
    assertThat(sleeps)
        .containsExactly(
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1600));
  }

  @Test
  void send_401_isNotRetriedAndNeverShowsTheSecret() {
    fake.on("GET /subjects", error(401, 40101, "Unauthorized"));
    SchemaRegistryClient c = client(RegistrySettings.of(fake.uri()).withCredentials(CREDS));

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(c::subjects);

    assertThat(thrown)
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.NOT_AUTHORIZED));
    assertThat(fake.seen()).hasSize(1);
    String basic =
        Base64.getEncoder()
            .encodeToString(("API_KEY_1:" + SECRET).getBytes(StandardCharsets.UTF_8));
    assertThat(fake.seen().get(0).header("Authorization")).contains("Basic " + basic);
    assertThat(thrown.toString()).doesNotContain(SECRET).doesNotContain(basic);
    assertThat(CREDS.toString()).isEqualTo("RegistryCredentials[***]");
    assertThat(RegistrySettings.of(fake.uri()).withCredentials(CREDS).toString())
        .doesNotContain(SECRET)
        .doesNotContain("API_KEY_1");
  }

  @Test
  void send_connectionRefused_retriesThenUnreachableWithoutSecret() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    RegistrySettings settings =
        RegistrySettings.of(URI.create("http://127.0.0.1:" + closedPort))
            .withCredentials(CREDS)
            .withRetry(
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(15), Duration.ZERO));

    assertThatThrownBy(() -> client(settings).subjects())
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.error()).isEqualTo(RegistryError.UNREACHABLE))
        .hasMessageStartingWith("GET /subjects failed after 3 attempt(s): ConnectException")
        .hasMessageNotContaining(SECRET);
    assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(15));
  }

  @Test
  void send_slowerThanRequestTimeout_failsWithTimeout() {
    fake.on("GET /subjects", json(200, "[]").delayed(1_500));
    RegistrySettings settings =
        RegistrySettings.of(fake.uri())
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
            .withRetry(RetryPolicy.none());

    assertThatThrownBy(() -> client(settings).subjects())
        .isInstanceOf(RegistryException.class)
        .hasCauseInstanceOf(HttpTimeoutException.class)
        .hasMessageStartingWith("GET /subjects failed after 1 attempt(s): HttpTimeoutException");
  }

  @Test
  void send_readUnansweredInItsFirstAttempt_isSentAgainWithTheFullTimeout() {
    // The first answer is "lost"; the second is slower than the first attempt's cut, and arrives.
    fake.on(
        "GET /subjects",
        json(200, "[\"lost\"]").delayed(20_000),
        json(200, "[\"second\"]").delayed(300));
    RegistrySettings settings =
        RegistrySettings.of(fake.uri()).withFirstReadTimeout(Duration.ofMillis(100));

    assertThat(client(settings).subjects()).containsExactly("second");
    assertThat(fake.seen()).hasSize(2);
    assertThat(sleeps).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void send_readWithOneAttemptOnly_keepsTheFullTimeout() {
    fake.on("GET /subjects", json(200, "[\"slow\"]").delayed(300));
    RegistrySettings settings =
        RegistrySettings.of(fake.uri())
            .withFirstReadTimeout(Duration.ofMillis(50))
            .withRetry(RetryPolicy.none());

    assertThat(client(settings).subjects()).containsExactly("slow");
    assertThat(fake.seen()).hasSize(1);
  }

  @Test
  void send_writeSlowerThanTheFirstReadTimeout_isSentOnce() {
    fake.on("PUT /config/orders-value", json(200, "{\"compatibility\":\"FULL\"}").delayed(400));
    RegistrySettings settings =
        RegistrySettings.of(fake.uri()).withFirstReadTimeout(Duration.ofMillis(50));

    client(settings).setSubjectCompatibility("orders-value", Compatibility.FULL);

    assertThat(fake.seen()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void send_manyThreads_neverMoreInFlightThanTheLimit() throws Exception {
    fake.on("GET /subjects", json(200, "[]").delayed(150));
    SchemaRegistryClient c = client(RegistrySettings.of(fake.uri()).withMaxConcurrency(3));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<List<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        calls.add(pool.submit(() -> c.subjects()));
      }
      for (Future<List<String>> f : calls) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fake.seen()).hasSize(12);
    assertThat(fake.maxInFlight()).isEqualTo(3);
  }

  @Test
  void delayAfter_growsThenCaps_andRetryAfterIsCapped() {
    RetryPolicy p =
        new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    assertThat(p.delayAfter(1, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(100));
    assertThat(p.delayAfter(4, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(800));
    assertThat(p.delayAfter(5, java.util.Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delayAfter(60, java.util.Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delayAfter(1, java.util.Optional.of(Duration.ofHours(1))))
        .isEqualTo(Duration.ofSeconds(30));
  }
}
