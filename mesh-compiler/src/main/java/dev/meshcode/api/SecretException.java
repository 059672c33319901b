package dev.meshcode.api;

/**
 * A credential an environment refers to could not be resolved: an environment variable that is not
 * set, a {@code settings.xml} server that does not exist. The message names the reference, never a
 * value.
 */
public class SecretException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reference;
  private final String hint;

  public SecretException(String reference, String message, String hint) {
    super(message);
    this.reference = reference;
    this.hint = hint;
  }

  /** The reference as written: {@code ${env:SR_PASSWORD}}, {@code server kafka-prod}. */
  public String reference() {
    return reference;
  }

  public String hint() {
    return hint;
  }
}
