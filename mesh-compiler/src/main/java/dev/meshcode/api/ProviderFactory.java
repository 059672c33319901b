package dev.meshcode.api;

import dev.meshcode.model.Environment;
import dev.meshcode.provider.Providers;

/**
 * Builds the providers of one environment. The host supplies it: the Maven plugin finds the real
 * adapters on its class path, tests hand in in-memory ones. The facade calls it only after the mesh
 * validated, so a mesh with errors never causes a network call (invariant 1).
 */
@FunctionalInterface
public interface ProviderFactory {

  /**
   * The providers for {@code environment}, with credentials already resolved.
   *
   * @throws SecretException when a credential the environment refers to cannot be resolved
   */
  Providers create(Environment environment);
}
