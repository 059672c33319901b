package dev.meshcode.api.wiring;

import dev.meshcode.api.ProviderPlugin;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Environment;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.kafka.KafkaProvider;

/**
 * Builds the Kafka provider of an environment from its {@code kafka} endpoint: the client
 * properties {@link Connection#kafkaClientProperties()} resolves (bootstrap, security settings, a
 * JAAS line for a login). The client connects lazily, so creating it makes no network call.
 */
public final class KafkaProviderPlugin implements ProviderPlugin {

  @Override
  public String system() {
    return "kafka";
  }

  @Override
  public Provider create(Environment environment, SecretResolver secrets) {
    return KafkaProvider.connect(
        Connection.of(environment.kafka(), secrets).kafkaClientProperties());
  }
}
