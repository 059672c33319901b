package dev.meshcode.maven;

import dev.meshcode.api.ProviderFactory;
import dev.meshcode.api.ProviderPlugin;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Environment;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The real providers: every {@link ProviderPlugin} registered in {@code
 * META-INF/services/dev.meshcode.api.ProviderPlugin} on the plugin's class path that the
 * environment configures. The plugin knows no adapter class by name, so adapters land without a
 * change here.
 */
final class MavenProviderFactory implements ProviderFactory {

  private final List<ProviderPlugin> plugins;
  private final SecretResolver secrets;

  MavenProviderFactory(List<ProviderPlugin> plugins, SecretResolver secrets) {
    this.plugins = List.copyOf(plugins);
    this.secrets = secrets;
  }

  /** The plugins {@code loader} can see. */
  static MavenProviderFactory discover(ClassLoader loader, SecretResolver secrets) {
    List<ProviderPlugin> found = new ArrayList<>();
    try {
      ServiceLoader.load(ProviderPlugin.class, loader).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new ProviderException(
          "meshcode", "discovery", "a registered provider cannot be loaded: " + e.getMessage(), e);
    }
    return new MavenProviderFactory(found, secrets);
  }

  /** The systems found, sorted: for the log and for error messages. */
  List<String> systems() {
    return plugins.stream().map(ProviderPlugin::system).sorted().distinct().toList();
  }

  @Override
  public Providers create(Environment environment) {
    TreeMap<String, ProviderPlugin> bySystem = new TreeMap<>();
    for (ProviderPlugin plugin : plugins) {
      ProviderPlugin other = bySystem.putIfAbsent(plugin.system(), plugin);
      if (other != null) {
        throw new ProviderException(
            plugin.system(),
            "discovery",
            "two providers registered: "
                + other.getClass().getName()
                + " and "
                + plugin.getClass().getName()
                + "; keep one on the plugin's class path",
            null);
      }
    }
    List<Provider> providers = new ArrayList<>();
    for (ProviderPlugin plugin : bySystem.values()) {
      if (plugin.configuredIn(environment)) {
        providers.add(plugin.create(environment, secrets));
      }
    }
    return new Providers(providers);
  }
}
