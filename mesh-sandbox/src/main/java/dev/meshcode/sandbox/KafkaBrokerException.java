package dev.meshcode.sandbox;

/**
 * The broker could not be formatted, started, reached or stopped; the message says why and where.
 */
public final class KafkaBrokerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KafkaBrokerException(String message) {
    super(message);
  }

  public KafkaBrokerException(String message, Throwable cause) {
    super(message, cause);
  }
}
