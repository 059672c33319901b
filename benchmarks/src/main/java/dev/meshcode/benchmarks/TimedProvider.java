package dev.meshcode.benchmarks;

import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.CompatibilityChecker;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.kafka.KafkaProvider;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A provider that passes every call through and adds up the time spent in it, so the printout can
 * say which system a plan waits for. A registry provider stays a {@link CompatibilityChecker}
 * ({@link Checking}), so wrapping never changes what a plan contains.
 */
class TimedProvider implements Provider, AutoCloseable {

  private final Provider delegate;
  private final AtomicLong nanos = new AtomicLong();

  /** The Kafka client's request count just before it closed: closing unregisters the metric. */
  private volatile Optional<Long> requestsAtClose = Optional.empty();

  TimedProvider(Provider delegate) {
    this.delegate = delegate;
  }

  static TimedProvider wrap(Provider provider) {
    return provider instanceof CompatibilityChecker
        ? new Checking(provider)
        : new TimedProvider(provider);
  }

  /** Seconds spent in this provider's calls so far. */
  double seconds() {
    return nanos.get() / 1e9;
  }

  @Override
  public String system() {
    return delegate.system();
  }

  @Override
  public Set<ResourceKind> kinds() {
    return delegate.kinds();
  }

  @Override
  public LiveState read(ReadScope scope) {
    return timed(() -> delegate.read(scope));
  }

  @Override
  public List<ChangeOutcome> apply(List<ResourceChange> batch) {
    return timed(() -> delegate.apply(batch));
  }

  Optional<Long> requestsAtClose() {
    return requestsAtClose;
  }

  @Override
  public void close() {
    if (requestsAtClose.isEmpty() && delegate instanceof KafkaProvider kafka) {
      // every request on the wire: the AdminClient's and the keyed config read's connection's
      requestsAtClose = Optional.of(kafka.wireRequests());
    }
    if (delegate instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        System.err.println("closing the " + delegate.system() + " provider: " + e);
      }
    }
  }

  <T> T timed(Supplier<T> call) {
    long start = System.nanoTime();
    try {
      return call.get();
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
  }

  /** The wrapper of a provider that also judges compatibility. */
  private static final class Checking extends TimedProvider implements CompatibilityChecker {
    private final CompatibilityChecker checker;

    Checking(Provider delegate) {
      super(delegate);
      this.checker = (CompatibilityChecker) delegate;
    }

    @Override
    public Map<ResourceAddress, CompatibilityVerdict> check(List<ResourceChange> changes) {
      return timed(() -> checker.check(changes));
    }
  }
}
