package dev.meshcode.benchmarks;

import dev.meshcode.api.Login;
import dev.meshcode.api.ProviderFactory;
import dev.meshcode.api.ProviderPlugin;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Environment;
import dev.meshcode.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The real providers, found the way the Maven plugin finds them ({@link ServiceLoader} over {@link
 * ProviderPlugin}). Keeps every provider it creates, timed ({@link TimedProvider}), so the
 * benchmark can read the time per system and the Kafka client's request count before {@link
 * #closeAll} closes them. The local servers need no credentials.
 */
final class ServiceProviders implements ProviderFactory {

  private final List<ProviderPlugin> plugins = new ArrayList<>();
  private final List<TimedProvider> created = new ArrayList<>();

  ServiceProviders() {
    ServiceLoader.load(ProviderPlugin.class).forEach(plugins::add);
  }

  List<String> systems() {
    return plugins.stream().map(ProviderPlugin::system).sorted().toList();
  }

  @Override
  public synchronized Providers create(Environment environment) {
    List<TimedProvider> providers = new ArrayList<>();
    for (ProviderPlugin plugin : plugins) {
      if (plugin.configuredIn(environment)) {
        providers.add(TimedProvider.wrap(plugin.create(environment, new NoSecrets())));
      }
    }
    created.addAll(providers);
    return new Providers(providers);
  }

  /** Time spent in each system's provider calls since the last {@link #closeAll}. */
  synchronized String timeBySystem() {
    return created.stream()
        .map(p -> String.format("%s %.2f s", p.system(), p.seconds()))
        .collect(Collectors.joining(", "));
  }

  /**
   * The Kafka clients' request count of the run: read when the compiler closed its providers (it
   * closes them after every plan and apply), or now for clients still open.
   */
  synchronized Optional<Long> kafkaRequests() {
    Optional<Long> atClose =
        created.stream()
            .map(TimedProvider::requestsAtClose)
            .flatMap(Optional::stream)
            .reduce(Long::sum);
    return atClose.isPresent() ? atClose : AdminRequests.total();
  }

  /** Closes what {@link #create} made (the Kafka admin clients); the next run starts afresh. */
  synchronized void closeAll() {
    created.forEach(TimedProvider::close);
    created.clear();
  }

  /** The benchmark's environment refers to no secret. */
  private static final class NoSecrets implements SecretResolver {
    @Override
    public Optional<String> environmentVariable(String name) {
      return Optional.ofNullable(System.getenv(name));
    }

    @Override
    public Optional<Login> server(String id) {
      return Optional.empty();
    }
  }
}
