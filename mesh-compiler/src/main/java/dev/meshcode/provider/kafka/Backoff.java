package dev.meshcode.provider.kafka;

import java.time.Duration;

/**
 * The pauses of one retry loop that waits for Kafka's metadata to catch up, until a deadline: 50 ms
 * doubling to 1 s, so the retries stay few however long the broker takes. One instance per wait;
 * not thread-safe.
 */
final class Backoff {

  private static final long FIRST_MILLIS = 50;
  private static final long MAX_MILLIS = 1_000;

  private final long deadline;
  private final String waitingFor;
  private long next = FIRST_MILLIS;

  /**
   * @param waitingFor what the loop waits for, for the message when the wait is interrupted
   */
  Backoff(Duration timeout, String waitingFor) {
    this.deadline = System.nanoTime() + timeout.toNanos();
    this.waitingFor = waitingFor;
  }

  boolean timeLeft() {
    return System.nanoTime() < deadline;
  }

  /** Sleeps the next pause, then doubles it up to the cap. */
  void pause() {
    try {
      Thread.sleep(next);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaProviderException("interrupted while waiting for " + waitingFor);
    }
    next = Math.min(MAX_MILLIS, 2 * next);
  }
}
