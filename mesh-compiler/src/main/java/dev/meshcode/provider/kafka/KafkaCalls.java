package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.KafkaFuture;

/**
 * Waiting on AdminClient futures with a deadline, and turning each per-topic future into a {@link
 * TopicOutcome}. A failed or late topic never hides the answers of the others.
 */
final class KafkaCalls {
  private final Duration timeout;
  private final UnaryOperator<String> redact;

  KafkaCalls(Duration timeout, UnaryOperator<String> redact) {
    this.timeout = timeout;
    this.redact = redact;
  }

  Duration timeout() {
    return timeout;
  }

  int timeoutMs() {
    return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
  }

  /** Waits until every future is done or the deadline passes; failures are read per future. */
  void awaitAll(Collection<? extends KafkaFuture<?>> futures) {
    KafkaFuture<Void> all = KafkaFuture.allOf(futures.toArray(KafkaFuture[]::new));
    try {
      // The calls carry the same timeout; the margin lets Kafka report it per topic first.
      all.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      // Read per future below: some may have succeeded.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaProviderException("interrupted while waiting for Kafka");
    }
  }

  /** The failure of a done future; a future still running counts as timed out. */
  Optional<Throwable> failure(KafkaFuture<?> future) {
    if (!future.isDone()) {
      return Optional.of(
          new org.apache.kafka.common.errors.TimeoutException(
              "no answer within " + timeout.toSeconds() + " s"));
    }
    try {
      future.get();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.of(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaProviderException("interrupted while waiting for Kafka");
    }
  }

  /** The value of a future that {@link #failure} found successful. */
  <T> T value(KafkaFuture<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new KafkaProviderException(describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaProviderException("interrupted while waiting for Kafka");
    }
  }

  /** The outcome of one topic's future: done, already done (for {@code alreadyDone}), or failed. */
  TopicOutcome outcome(String topic, KafkaFuture<?> future, Class<?> alreadyDone) {
    Optional<Throwable> failure = failure(future);
    if (failure.isEmpty()) {
      return TopicOutcome.done(topic);
    }
    if (alreadyDone.isInstance(failure.get())) {
      return TopicOutcome.alreadyDone(topic, describe(failure.get()));
    }
    return TopicOutcome.failed(topic, describe(failure.get()));
  }

  /** The error's Kafka name and message, with secrets removed. */
  String describe(Throwable error) {
    String message = error.getMessage() == null ? "" : ": " + error.getMessage();
    return redact.apply(error.getClass().getSimpleName() + message);
  }
}
