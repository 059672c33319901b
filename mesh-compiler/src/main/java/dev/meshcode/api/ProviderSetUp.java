package dev.meshcode.api;

import dev.meshcode.model.Environment;
import dev.meshcode.provider.Providers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The providers of an environment, created on a thread of their own. A new thread, not a pool's: it
 * inherits the caller's context class loader, which Kafka's clients load their classes with (inside
 * Maven, the plugin's realm), and a factory may block on a key store or a secret.
 */
final class ProviderSetUp {

  private ProviderSetUp() {}

  static CompletableFuture<Providers> start(ProviderFactory factory, Environment environment) {
    CompletableFuture<Providers> created = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                created.complete(factory.create(environment));
              } catch (RuntimeException | Error e) {
                created.completeExceptionally(e);
              }
            },
            "meshcode-provider-setup");
    thread.setDaemon(true);
    thread.start();
    return created;
  }

  /** The providers, or what the factory threw, as it threw it. */
  static Providers join(CompletableFuture<Providers> created) {
    try {
      return created.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Providers nobody will use: closed once created, so no client thread or socket is left. */
  static void discard(CompletableFuture<Providers> created) {
    created.thenAccept(Providers::close);
  }
}
