package dev.meshcode.provider.schemaregistry;

import java.time.Duration;
import java.util.Optional;

/**
 * Retries for 429, 5xx and I/O failures: exponential backoff from {@code initialBackoff}, doubled
 * per attempt up to {@code maxBackoff}; a server's {@code Retry-After} wins, capped at {@code
 * maxRetryAfter} so a misbehaving proxy cannot stall an apply for hours.
 *
 * @param maxAttempts attempts in total, the first included
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** 5 attempts, 200 ms doubling to 5 s, Retry-After up to 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        5, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60));
  }

  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The wait before attempt {@code attempt + 1}, after attempt {@code attempt} (1-based) failed.
   */
  Duration delayAfter(int attempt, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration d = retryAfter.get();
      return d.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : d;
    }
    long factor = 1L << Math.min(attempt - 1, 30);
    Duration d = initialBackoff.multipliedBy(factor);
    return d.compareTo(maxBackoff) > 0 || d.isNegative() ? maxBackoff : d;
  }

  /** Waits between attempts; tests replace it to observe the delays instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    static Sleeper real() {
      return d -> Thread.sleep(d.toMillis());
    }
  }
}
