package dev.meshcode.api.wiring;

import dev.meshcode.api.Login;
import dev.meshcode.api.ProviderFactory;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Environment;
import dev.meshcode.provider.Providers;
import dev.meshcode.provider.kafka.KafkaProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real Kafka wiring of a test environment whose {@code ${env:…}} references resolve from a map
 * (nothing from settings.xml), keeping every provider it creates so the test closes them; and the
 * mesh files of such a test.
 */
final class EnvKafkaProviders implements AutoCloseable {

  private final List<KafkaProvider> created = new ArrayList<>();

  /** A factory whose environment variables are {@code env}. */
  ProviderFactory with(Map<String, String> env) {
    SecretResolver secrets =
        new SecretResolver() {
          @Override
          public Optional<String> environmentVariable(String name) {
            return Optional.ofNullable(env.get(name));
          }

          @Override
          public Optional<Login> server(String id) {
            return Optional.empty();
          }
        };
    return (Environment environment) -> {
      KafkaProvider kafka = (KafkaProvider) new KafkaProviderPlugin().create(environment, secrets);
      created.add(kafka);
      return new Providers(List.of(kafka));
    };
  }

  static void write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  @Override
  public void close() {
    created.forEach(KafkaProvider::close);
    created.clear();
  }
}
