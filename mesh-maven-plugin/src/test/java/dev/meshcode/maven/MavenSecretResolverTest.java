package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.api.Login;
import dev.meshcode.api.SecretException;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class MavenSecretResolverTest {

  private static MavenSecretResolver resolver() {
    Settings settings = new Settings();
    Server server = new Server();
    server.setId("kafka-prod");
    server.setUsername("deployer");
    server.setPassword("pa55");
    settings.addServer(server);
    return new MavenSecretResolver(settings, Map.of("SR_PASSWORD", "x")::get);
  }

  @Test
  void server_declaredInSettings_givesItsLogin() {
    assertThat(resolver().server("kafka-prod")).contains(new Login("deployer", "pa55"));
  }

  @Test
  void server_notDeclared_isEmpty() {
    assertThat(resolver().server("kafka-dev")).isEmpty();
  }

  @Test
  void server_noSettingsAtAll_isEmpty() {
    assertThat(new MavenSecretResolver(null, name -> null).server("kafka-prod")).isEmpty();
  }

  @Test
  void environmentVariable_readsTheBuildEnvironment() {
    assertThat(resolver().environmentVariable("SR_PASSWORD")).contains("x");
    assertThat(resolver().environmentVariable("OTHER")).isEmpty();
  }

  @Test
  void server_encryptedPassword_isRefusedWithoutEchoingIt() {
    // GIVEN
    Settings settings = new Settings();
    Server server = new Server();
    server.setId("kafka-prod");
    server.setUsername("deployer");
    server.setPassword("{COQLCE6DU6GtcS5P=}");
    settings.addServer(server);
    MavenSecretResolver resolver = new MavenSecretResolver(settings, name -> null);

    // WHEN / THEN
    assertThatThrownBy(() -> resolver.server("kafka-prod"))
        .isInstanceOf(SecretException.class)
        .hasMessage(
            "The password of the settings.xml server 'kafka-prod' is encrypted, and meshcode"
                + " does not decrypt settings.xml passwords.")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("COQL"));
  }
}
