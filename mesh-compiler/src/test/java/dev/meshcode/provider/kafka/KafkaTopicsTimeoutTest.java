package dev.meshcode.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No broker at the address: every call ends within its timeout, as a failure, never a hang. */
class KafkaTopicsTimeoutTest {
  private String address;
  private KafkaConnection nowhere;
  private final KafkaTopicsOptions options =
      KafkaTopicsOptions.defaults().withTimeout(Duration.ofSeconds(2));

  @BeforeEach
  void closedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    address = "127.0.0.1:" + port;
    nowhere = KafkaConnection.plaintext(address);
  }

  @Test
  void read_exactNamesNoBroker_failsTheWholeReadNeverReportsAbsent() {
    try (KafkaTopics topics = KafkaTopics.connect(nowhere, options)) {
      // WHEN two names are read from a broker that does not answer / THEN the read fails, naming
      // the address: neither is taken for missing (a plan would create what may exist)
      assertThatThrownBy(() -> topics.read(TopicScope.exactly(Set.of("a", "b"))))
          .isInstanceOf(KafkaProviderException.class)
          .hasMessage("cannot list topics: IOException: no connection to " + address);
    }
  }

  @Test
  void read_ownedPrefixNoBroker_failsTheWholeRead() {
    try (KafkaTopics topics = KafkaTopics.connect(nowhere, options)) {
      assertThatThrownBy(() -> topics.read(new TopicScope(Set.of(), Set.of("team."))))
          .isInstanceOf(KafkaProviderException.class)
          .hasMessage("cannot list topics: IOException: no connection to " + address);
    }
  }

  @Test
  void create_noBroker_failsEachTopicWithinTheTimeout() {
    try (KafkaTopics topics = KafkaTopics.connect(nowhere, options)) {
      long start = System.nanoTime();

      List<TopicOutcome> outcomes =
          topics.create(List.of(new TopicSpec("a", 1, (short) 1, Map.of())));

      assertThat(outcomes)
          .extracting(TopicOutcome::status)
          .containsExactly(TopicOutcome.Status.FAILED);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }
}
