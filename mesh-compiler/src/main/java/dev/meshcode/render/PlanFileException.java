package dev.meshcode.render;

/**
 * A plan file that cannot be used: not JSON, another format version, or a field missing or wrong.
 * The message says which field, so the user can tell a hand-edited file from a version mismatch.
 */
public class PlanFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlanFileException(String message) {
    super(message);
  }

  public PlanFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
