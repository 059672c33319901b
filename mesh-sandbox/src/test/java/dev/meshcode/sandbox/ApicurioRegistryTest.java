package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real registry of its own (not the shared one) to prove start, find and stop. */
class ApicurioRegistryTest {

  @TempDir Path work;

  @Test
  void start_thenStopFromState_processGoneAndRestartKeepsPorts() throws Exception {
    // GIVEN the unpacked 3.3.3 distribution and a JDK 21+
    ApicurioDistribution dist = ApicurioDistribution.of(ApicurioTestServer.distribution());
    ApicurioJava java = ApicurioRegistry.javaFor(dist.release());

    // WHEN it starts
    long t0 = System.nanoTime();
    ApicurioRegistry registry =
        ApicurioRegistry.start(dist, java, work, ApicurioOptions.defaults());
    long startMs = (System.nanoTime() - t0) / 1_000_000;

    // THEN the Confluent API answers on loopback and the state file describes the process
    try {
      assertThat(registry.url()).startsWith("http://127.0.0.1:").endsWith("/apis/ccompat/v7");
      assertThat(get(registry.url() + "/subjects")).isEqualTo(200);
      assertThat(registry.state().version()).isEqualTo("3.3.3");
      assertThat(registry.state().storage()).isEqualTo("in-memory");
      assertThat(Files.readString(work.resolve("registry.properties")))
          .contains("pid=" + registry.state().pid());
      Optional<ApicurioRegistry> found = ApicurioRegistry.find(work);
      assertThat(found).map(ApicurioRegistry::url).contains(registry.url());
      assertThat(ApicurioRegistry.start(dist, java, work, ApicurioOptions.defaults()).state())
          .as("a second start reuses the running registry")
          .isEqualTo(registry.state());
    } finally {
      // WHEN another JVM stops it through the state file
      assertThat(ApicurioRegistry.stop(work)).isTrue();
    }
    // THEN the process is gone, the state file too, and a second stop finds nothing
    assertThat(ProcessHandle.of(registry.state().pid()).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(work.resolve("registry.properties")).doesNotExist();
    assertThat(ApicurioRegistry.stop(work)).isFalse();
    assertThat(startMs).as("start-up time (ms)").isLessThan(60_000);

    // WHEN it starts again in the same directory THEN it is back on the same ports
    try (ApicurioRegistry again =
        ApicurioRegistry.start(dist, java, work, ApicurioOptions.defaults())) {
      assertThat(again.url()).isEqualTo(registry.url());
      assertThat(again.state().managementPort()).isEqualTo(registry.state().managementPort());
      assertThat(again.state().pid()).isNotEqualTo(registry.state().pid());
    }
    assertThat(ApicurioRegistry.find(work)).isEmpty();
  }

  private static int get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
