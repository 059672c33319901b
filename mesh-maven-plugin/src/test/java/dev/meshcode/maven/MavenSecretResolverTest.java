package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.api.Login;
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
}
