package dev.meshcode.maven;

import dev.meshcode.api.Login;
import dev.meshcode.api.SecretException;
import dev.meshcode.api.SecretResolver;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * Secrets from the build: environment variables, and the {@code <server>} entries of {@code
 * settings.xml} (user name and password). Passwords encrypted with Maven's master password are not
 * decrypted: such a value would reach the system as written, so use an environment variable ({@code
 * <password>${env.NAME}</password>} is expanded by Maven itself) instead.
 */
final class MavenSecretResolver implements SecretResolver {

  private final Settings settings;
  private final UnaryOperator<String> environment;

  MavenSecretResolver(Settings settings, UnaryOperator<String> environment) {
    this.settings = settings;
    this.environment = environment;
  }

  static MavenSecretResolver of(Settings settings) {
    return new MavenSecretResolver(settings, System::getenv);
  }

  @Override
  public Optional<String> environmentVariable(String name) {
    return Optional.ofNullable(environment.apply(name));
  }

  @Override
  public Optional<Login> server(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      return Optional.empty();
    }
    String password = Optional.ofNullable(server.getPassword()).orElse("");
    if (password.length() > 1 && password.startsWith("{") && password.endsWith("}")) {
      throw new SecretException(
          "server " + id,
          "The password of the settings.xml server '"
              + id
              + "' is encrypted, and meshcode does"
              + " not decrypt settings.xml passwords.",
          "Keep the password in an environment variable and write <password>${env.NAME}</password>"
              + " in settings.xml, or refer to it as ${env:NAME} in the Environment document.");
    }
    return Optional.of(new Login(Optional.ofNullable(server.getUsername()).orElse(""), password));
  }
}
