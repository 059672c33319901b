package dev.meshcode.api.wiring;

import dev.meshcode.api.ProviderPlugin;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Environment;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.schemaregistry.RegistryCredentials;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import java.net.URI;

/**
 * Registers the Schema Registry provider with hosts that discover providers through {@code
 * ServiceLoader}. The environment's {@code schemaRegistry.url} is the Confluent REST API root (for
 * Apicurio: {@code …/apis/ccompat/v7}).
 */
public final class SchemaRegistryProviderPlugin implements ProviderPlugin {

  @Override
  public String system() {
    return "schema-registry";
  }

  @Override
  public boolean configuredIn(Environment environment) {
    return environment.schemaRegistry().isPresent();
  }

  @Override
  public Provider create(Environment environment, SecretResolver secrets) {
    Connection registry = Connection.of(environment.schemaRegistry().orElseThrow(), secrets);
    return SchemaRegistryProvider.create(
        URI.create(registry.address()),
        registry.login().map(l -> new RegistryCredentials(l.username(), l.password())));
  }
}
