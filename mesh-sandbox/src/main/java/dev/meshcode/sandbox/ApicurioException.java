package dev.meshcode.sandbox;

/** The registry could not be unpacked, started, reached or stopped; the message says why. */
public final class ApicurioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ApicurioException(String message) {
    super(message);
  }

  public ApicurioException(String message, Throwable cause) {
    super(message, cause);
  }
}
