package dev.meshcode.provider.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A read running on a daemon thread of its own while the caller goes on; {@link #join} gives its
 * result or rethrows what it threw, as it threw it. A new thread, not a pool's: it keeps the
 * caller's context class loader, which Kafka's clients load their classes with.
 *
 * @param <T> what the read returns
 */
final class SideRead<T> {

  private final CompletableFuture<T> result = new CompletableFuture<>();

  private SideRead() {}

  static <T> SideRead<T> start(String name, Supplier<T> read) {
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

  /** The read, run here and now: for a caller that has nothing to do meanwhile. */
  static <T> SideRead<T> done(Supplier<T> read) {
    SideRead<T> side = new SideRead<>();
    try {
      side.result.complete(read.get());
    } catch (RuntimeException | Error e) {
      side.result.completeExceptionally(e);
    }
    return side;
  }

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
}
