package dev.meshcode.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {
  private static final String PASSWORD = "s3cr\"et";

  private final KafkaConnection connection =
      new KafkaConnection(
          "broker:9093",
          Map.of("ssl.truststore.password", "trustpw", "ssl.endpoint.identification.algorithm", ""),
          Optional.of(new KafkaCredentials("scram-sha-512", "alice", PASSWORD)));

  @Test
  void adminConfig_withCredentials_usesSaslSslAndEscapedJaas() {
    Map<String, Object> config = connection.adminConfig(Duration.ofSeconds(20));

    assertThat(config)
        .containsEntry("bootstrap.servers", "broker:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry(
            "sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"alice\" password=\"s3cr\\\"et\";")
        .containsEntry("default.api.timeout.ms", 20_000)
        .containsEntry("ssl.truststore.password", "trustpw");
  }

  @Test
  void toString_withSecrets_showsNoSecretValue() {
    String text = connection.toString();

    assertThat(text)
        .contains("broker:9093", "alice", "ssl.truststore.password")
        .doesNotContain(PASSWORD)
        .doesNotContain("trustpw");
  }

  @Test
  void redact_messageWithSecrets_hidesEveryOne() {
    String message =
        "Invalid value "
            + connection.adminConfig(Duration.ofSeconds(1)).get("sasl.jaas.config")
            + " and trustpw and "
            + PASSWORD;

    assertThat(connection.redact(message)).isEqualTo("Invalid value **** and **** and ****");
  }

  @Test
  void credentials_unknownMechanism_isRejectedWithoutThePassword() {
    assertThatThrownBy(() -> new KafkaCredentials("GSSAPI", "bob", "pw-123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GSSAPI")
        .hasMessageNotContaining("pw-123");
  }

  @Test
  void connect_clientCannotBeSetUp_failsNamingTheBootstrapButNoSecret() {
    // GIVEN SASL_SSL with a trust store that does not exist (the client fails while being built)
    KafkaConnection broken =
        new KafkaConnection(
            "127.0.0.1:9",
            Map.of(
                "ssl.truststore.location", "/nonexistent/truststore.jks",
                "ssl.truststore.password", "trustpw"),
            Optional.of(new KafkaCredentials("PLAIN", "alice", PASSWORD)));

    // WHEN it connects
    // THEN the error names the bootstrap and no password
    assertThatThrownBy(() -> KafkaTopics.connect(broken, KafkaTopicsOptions.defaults()))
        .isInstanceOf(KafkaProviderException.class)
        .hasMessageStartingWith("cannot set up a Kafka client for 127.0.0.1:9: ")
        .hasMessageNotContaining(PASSWORD)
        .hasMessageNotContaining("trustpw");
  }

  @Test
  void connect_noBootstrapServerResolves_failsAtSetUpNamingIt() {
    // GIVEN a bootstrap server whose name resolves nowhere (.invalid never does)
    KafkaConnection typo = KafkaConnection.plaintext("brokr.invalid:9092");

    // WHEN it connects
    // THEN it fails at once, as creating the AdminClient there did, not at the first read
    assertThatThrownBy(() -> KafkaTopics.connect(typo, KafkaTopicsOptions.defaults()))
        .isInstanceOf(KafkaProviderException.class)
        .hasMessageStartingWith("cannot set up a Kafka client for brokr.invalid:9092: ")
        .hasMessageContaining("No resolvable bootstrap urls");
  }
}
