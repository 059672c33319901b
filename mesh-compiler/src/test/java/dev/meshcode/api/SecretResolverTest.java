package dev.meshcode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.model.Credentials;
import dev.meshcode.model.SecretRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretResolverTest {

  private final SecretResolver secrets = new MapSecrets(Map.of("SR_PASSWORD", "s3cr$t\\x"));

  @Test
  void expand_referencesInsideAValue_replacedLiterally() {
    // WHEN
    String jaas = secrets.expand("PlainLoginModule required password=\"${env:SR_PASSWORD}\";");

    // THEN
    assertThat(jaas).isEqualTo("PlainLoginModule required password=\"s3cr$t\\x\";");
  }

  @Test
  void login_basicCredentials_resolvesThePassword() {
    // WHEN
    Login login = secrets.login(new Credentials.Basic("sr-deployer", new SecretRef("SR_PASSWORD")));

    // THEN
    assertThat(login.username()).isEqualTo("sr-deployer");
    assertThat(login.password()).isEqualTo("s3cr$t\\x");
    assertThat(login.toString()).doesNotContain("s3cr");
  }

  @Test
  void login_settingsServer_usesTheServer() {
    // WHEN
    Login login = secrets.login(new Credentials.SettingsServer("kafka-dev"));

    // THEN
    assertThat(login).isEqualTo(new Login("dev-user", "dev-secret"));
  }

  @Test
  void login_unknownServer_namesTheIdAndHowToAddIt() {
    // WHEN / THEN
    assertThatThrownBy(() -> secrets.login(new Credentials.SettingsServer("kafka-prod")))
        .isInstanceOf(SecretException.class)
        .hasMessage("No <server> with id 'kafka-prod' in Maven's settings.xml.")
        .satisfies(
            e -> assertThat(((SecretException) e).reference()).isEqualTo("server kafka-prod"));
  }

  @Test
  void resolve_unsetVariable_namesTheVariable() {
    // WHEN / THEN
    assertThatThrownBy(() -> secrets.resolve(new SecretRef("KAFKA_JAAS")))
        .isInstanceOf(SecretException.class)
        .hasMessage("The environment variable KAFKA_JAAS is not set.");
  }
}
