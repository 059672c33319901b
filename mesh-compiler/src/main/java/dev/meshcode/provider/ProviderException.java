package dev.meshcode.provider;

/**
 * An unexpected fault talking to a system (unreachable, authentication refused, a protocol error):
 * not a user mistake, so it ends as a BUILD ERROR. Its message names the system and the operation
 * and never holds a credential.
 */
public class ProviderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String system;
  private final String operation;

  public ProviderException(String system, String operation, String message, Throwable cause) {
    super(system + " " + operation + ": " + message, cause);
    this.system = system;
    this.operation = operation;
  }

  public String system() {
    return system;
  }

  public String operation() {
    return operation;
  }
}
