package dev.meshcode.provider;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work that reaches a provider (a client set up, a read) running on a daemon thread of its own
 * while the caller goes on; {@link #join} gives its result or rethrows what it threw, as it threw
 * it. A new thread, not a pool's: it keeps the caller's context class loader, which Kafka's clients
 * load their classes with (inside Maven, the plugin's realm), and the work may block on a socket, a
 * key store or a secret.
 *
 * @param <T> what the work returns
 */
public final class SideRead<T> {

  private final CompletableFuture<T> result = new CompletableFuture<>();

  private SideRead() {}

  public static <T> SideRead<T> start(String name, Supplier<T> read) {
    SideRead<T> side = new SideRead<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                side.result.complete(read.get());
              } catch (RuntimeException | Error e) {
                side.result.completeExceptionally(e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return side;
  }

  public T join() {
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
  public void discard(Consumer<T> release) {
    result.thenAccept(release);
  }
}
