package dev.meshcode.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work started on a thread of its own and joined later, so two independent steps of a run use two
 * cores. A new daemon thread, not a pool's: it inherits the caller's context class loader, which
 * Kafka's clients load their classes with (inside Maven, the plugin's realm), and the work may
 * block (a key store, a secret, a socket).
 *
 * @param <T> what the work returns
 */
final class SideTask<T> {

  private final CompletableFuture<T> result = new CompletableFuture<>();

  private SideTask() {}

  static <T> SideTask<T> start(String name, Supplier<T> work) {
    SideTask<T> task = new SideTask<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                task.result.complete(work.get());
              } catch (RuntimeException | Error e) {
                task.result.completeExceptionally(e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The result, or what the work threw, as it threw it. */
  T join() {
    try {
      return result.join();
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

  /** Nobody will use the result: {@code release} gets it once there, to free what it holds. */
  void discard(Consumer<T> release) {
    result.thenAccept(release);
  }
}
