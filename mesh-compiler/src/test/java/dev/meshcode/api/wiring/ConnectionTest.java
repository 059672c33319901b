package dev.meshcode.api.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.api.Login;
import dev.meshcode.api.SecretException;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Credentials;
import dev.meshcode.model.Endpoint;
import dev.meshcode.model.SecretRef;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionTest {

  private static final SourceLocation AT = new SourceLocation("environments/prod.yaml", 5, 3);

  private static final SecretResolver SECRETS =
      new SecretResolver() {
        @Override
        public Optional<String> environmentVariable(String name) {
          return Optional.ofNullable(Map.of("KAFKA_PW", "p\"w\\1", "TRUST_PW", "t").get(name));
        }

        @Override
        public Optional<Login> server(String id) {
          return id.equals("kafka-prod") ? Optional.of(new Login("svc", "pw")) : Optional.empty();
        }
      };

  private static Endpoint kafka(Optional<Credentials> credentials, Map<String, String> props) {
    return new Endpoint("b1:9092,b2:9092", credentials, props, AT);
  }

  @Test
  void kafkaClientProperties_settingsServerLogin_buildsPlainJaasWithEscapedValues() {
    // GIVEN
    Endpoint endpoint =
        kafka(
            Optional.of(new Credentials.Basic("svc", new SecretRef("KAFKA_PW"))),
            Map.of("security.protocol", "SASL_SSL"));

    // WHEN
    Map<String, String> client = Connection.of(endpoint, SECRETS).kafkaClientProperties();

    // THEN
    assertThat(client)
        .containsEntry("bootstrap.servers", "b1:9092,b2:9092")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry(
            "sasl.jaas.config",
            Connection.PLAIN + " required username=\"svc\" password=\"p\\\"w\\\\1\";");
  }

  @Test
  void kafkaClientProperties_scramMechanism_usesTheScramModule() {
    // GIVEN
    Endpoint endpoint =
        kafka(
            Optional.of(new Credentials.SettingsServer("kafka-prod")),
            Map.of("sasl.mechanism", "SCRAM-SHA-512"));

    // WHEN
    Map<String, String> client = Connection.of(endpoint, SECRETS).kafkaClientProperties();

    // THEN
    assertThat(client.get("sasl.jaas.config"))
        .isEqualTo(Connection.SCRAM + " required username=\"svc\" password=\"pw\";");
  }

  @Test
  void of_referencesInProperties_areResolvedAndNeverShownByToString() {
    // GIVEN
    Endpoint endpoint =
        kafka(Optional.empty(), Map.of("ssl.truststore.password", "${env:TRUST_PW}"));

    // WHEN
    Connection connection = Connection.of(endpoint, SECRETS);

    // THEN
    assertThat(connection.properties()).containsEntry("ssl.truststore.password", "t");
    assertThat(connection.kafkaClientProperties()).doesNotContainKey("sasl.jaas.config");
    assertThat(connection.toString())
        .isEqualTo(
            "Connection[address=b1:9092,b2:9092, properties=[ssl.truststore.password],"
                + " login=none]");
  }

  @Test
  void of_unknownServer_throwsNamingIt() {
    // GIVEN
    Endpoint endpoint = kafka(Optional.of(new Credentials.SettingsServer("nope")), Map.of());

    // WHEN / THEN
    assertThatThrownBy(() -> Connection.of(endpoint, SECRETS))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("'nope'");
  }
}
