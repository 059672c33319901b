package dev.meshcode.api;

import dev.meshcode.model.Environment;
import dev.meshcode.provider.Provider;

/**
 * One adapter, as a host discovers it ({@code java.util.ServiceLoader}): a provider implementation
 * registers a class implementing this interface in {@code
 * META-INF/services/dev.meshcode.api.ProviderPlugin}, with a public no-argument constructor.
 */
public interface ProviderPlugin {

  /** The system it talks to, as {@code ResourceKind.system()} spells it: {@code kafka}. */
  String system();

  /**
   * Whether {@code environment} configures this system at all. A registry adapter answers {@code
   * false} for an environment without a {@code schemaRegistry} endpoint; the facade then reports
   * any resource of that system as unmanageable instead of planning against nothing.
   */
  default boolean configuredIn(Environment environment) {
    return true;
  }

  /**
   * A provider connected (lazily or not) to {@code environment}'s endpoint. Credentials come from
   * {@code secrets}; the provider keeps them out of every message it produces.
   *
   * @throws SecretException when a credential cannot be resolved
   */
  Provider create(Environment environment, SecretResolver secrets);
}
