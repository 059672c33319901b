package dev.meshcode.provider;

import dev.meshcode.plan.Plan;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The providers of one environment together: reads a scope through each (narrowed to its kinds)
 * into one live state, and has every provider that is a {@link CompatibilityChecker} judge a plan.
 * The facade's one handle on the outside world.
 */
public final class Providers implements AutoCloseable {

  private final List<Provider> all;

  public Providers(List<? extends Provider> providers) {
    this.all = List.copyOf(providers);
  }

  public List<Provider> all() {
    return all;
  }

  /**
   * The live state of {@code scope}, read by each provider for its own kinds. The systems are
   * independent, so they are read at the same time: a plan waits for the slowest, not the sum. The
   * first failure (in provider order) is thrown as it was.
   */
  public LiveState read(ReadScope scope) {
    return OwnedOrphans.keepRecorded(readAll(scope), scope, ownership());
  }

  /** The provider that keeps the ownership record, if any does. */
  public Optional<OwnershipRecord> ownership() {
    return all.stream()
        .filter(OwnershipRecord.class::isInstance)
        .map(OwnershipRecord.class::cast)
        .findFirst();
  }

  private LiveState readAll(ReadScope scope) {
    if (all.size() < 2) {
      return all.isEmpty() ? LiveState.empty() : all.get(0).read(scope.only(all.get(0).kinds()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(all.size(), Providers::daemon);
    try {
      List<Future<LiveState>> reads = new ArrayList<>();
      for (Provider provider : all) {
        reads.add(pool.submit(() -> provider.read(scope.only(provider.kinds()))));
      }
      LiveState live = LiveState.empty();
      for (Future<LiveState> read : reads) {
        live = live.plus(result(read));
      }
      return live;
    } finally {
      pool.shutdownNow();
    }
  }

  private static LiveState result(Future<LiveState> read) {
    try {
      return read.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading live state", e);
    }
  }

  private static Thread daemon(Runnable work) {
    Thread thread = new Thread(work, "meshcode-read");
    thread.setDaemon(true);
    return thread;
  }

  /** {@code plan} with the compatibility verdicts of its schema changes. */
  public Plan judge(Plan plan) {
    Plan judged = plan;
    for (Provider provider : all) {
      if (provider instanceof CompatibilityChecker checker) {
        judged = checker.judge(judged);
      }
    }
    return judged;
  }

  /**
   * Releases the connections of every provider that holds any (a Kafka admin client keeps threads
   * and sockets); a failure to close one does not keep the others open.
   */
  @Override
  public void close() {
    for (Provider provider : all) {
      if (provider instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          // Best effort: the run is over and its outcome is already known.
        }
      }
    }
  }
}
