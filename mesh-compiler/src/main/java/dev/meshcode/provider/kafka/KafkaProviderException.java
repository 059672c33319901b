package dev.meshcode.provider.kafka;

/**
 * Kafka could not be reached or did not answer a whole call in time. Failures of single topics are
 * {@link TopicOutcome}s instead. Messages never hold a secret.
 */
public final class KafkaProviderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KafkaProviderException(String message) {
    super(message);
  }
}
