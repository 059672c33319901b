package dev.meshcode.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * Waits for a cluster to go quiet after a bulk change. After creating 10,000 topics a broker keeps
 * working for a while (it shares this machine's cores with the plans measured next), and the first
 * plans would measure that as much as meshcode. The wait is printed, and so are the plans made
 * right after the apply, before it.
 */
final class BrokerSettle {

  /** Quiet: the brokers used under 5% of one core over each of two seconds in a row. */
  private static final double QUIET_SHARE = 0.05;

  private static final Duration LIMIT = Duration.ofSeconds(60);

  private BrokerSettle() {}

  /** Returns how long it waited; gives up after a minute. */
  static Duration await(List<ProcessHandle> brokers) {
    long start = System.nanoTime();
    int quietSeconds = 0;
    long before = cpuNanos(brokers);
    while (quietSeconds < 2 && System.nanoTime() - start < LIMIT.toNanos()) {
      pause();
      long now = cpuNanos(brokers);
      quietSeconds = now - before < QUIET_SHARE * 1e9 ? quietSeconds + 1 : 0;
      before = now;
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long cpuNanos(List<ProcessHandle> brokers) {
    return brokers.stream()
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }
}
