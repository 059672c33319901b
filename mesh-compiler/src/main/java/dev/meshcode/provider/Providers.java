package dev.meshcode.provider;

import dev.meshcode.plan.Plan;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;

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

  /** The live state of {@code scope}, read by each provider for its own kinds. */
  public LiveState read(ReadScope scope) {
    LiveState live = LiveState.empty();
    for (Provider provider : all) {
      live = live.plus(provider.read(scope.only(provider.kinds())));
    }
    return live;
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
