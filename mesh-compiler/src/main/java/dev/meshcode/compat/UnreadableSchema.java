package dev.meshcode.compat;

/** A schema text that its language's parser rejects; it cannot be judged. */
final class UnreadableSchema extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnreadableSchema(String message) {
    super(message);
  }
}
