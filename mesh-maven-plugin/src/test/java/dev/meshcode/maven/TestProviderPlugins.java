package dev.meshcode.maven;

import dev.meshcode.api.ProviderPlugin;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Environment;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.Provider;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Set;

/**
 * Two provider plugins registered in the test class path's {@code META-INF/services}, as the real
 * adapters register themselves: proof that discovery needs no class name in the plugin.
 */
final class TestProviderPlugins {

  private TestProviderPlugins() {}

  /** A provider that only remembers what it was created with. */
  record Created(String system, String connection) implements Provider {
    @Override
    public Set<ResourceKind> kinds() {
      return Set.of();
    }

    @Override
    public LiveState read(ReadScope scope) {
      return LiveState.empty();
    }

    @Override
    public List<ChangeOutcome> apply(List<ResourceChange> batch) {
      return List.of();
    }
  }

  /** Registered; resolves the JAAS property to show secrets reach the provider. */
  public static final class Kafka implements ProviderPlugin {
    @Override
    public String system() {
      return "kafka";
    }

    @Override
    public Provider create(Environment environment, SecretResolver secrets) {
      String jaas = environment.kafka().properties().getOrDefault("sasl.jaas.config", "");
      return new Created("kafka", secrets.expand(jaas));
    }
  }

  /** Registered; configured only where the environment has a registry. */
  public static final class Registry implements ProviderPlugin {
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
      return new Created("schema-registry", environment.schemaRegistry().get().address());
    }
  }
}
