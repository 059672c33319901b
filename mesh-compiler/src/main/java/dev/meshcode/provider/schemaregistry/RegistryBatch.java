package dev.meshcode.provider.schemaregistry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one registry call per item on a small pool, so reading 10,000 subjects does not take 10,000
 * round trips in a row. Each item gets its own outcome: one failure does not sink the batch. The
 * client's own limit still bounds what is in flight.
 */
public final class RegistryBatch {

  private RegistryBatch() {}

  /** The outcome of one item's call. */
  public sealed interface Outcome<R> {
    record Done<R>(R value) implements Outcome<R> {}

    record Failed<R>(RegistryException error) implements Outcome<R> {}
  }

  /**
   * Calls {@code call} for every item with up to {@code parallelism} threads; the map keeps the
   * items' order. Only {@link RegistryException}s become {@code Failed}: anything else is a bug and
   * is rethrown.
   */
  public static <T, R> Map<T, Outcome<R>> run(
      Collection<T> items, int parallelism, Function<T, R> call) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism), daemon());
    try {
      List<Future<Outcome<R>>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> attempt(item, call)));
      }
      Map<T, Outcome<R>> out = new LinkedHashMap<>();
      int i = 0;
      for (T item : items) {
        out.put(item, await(futures.get(i++)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> Outcome<R> attempt(T item, Function<T, R> call) {
    try {
      return new Outcome.Done<>(call.apply(item));
    } catch (RegistryException e) {
      return new Outcome.Failed<>(e);
    }
  }

  private static <R> Outcome<R> await(Future<Outcome<R>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for registry calls", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "meshcode-registry");
      t.setDaemon(true);
      return t;
    };
  }
}
