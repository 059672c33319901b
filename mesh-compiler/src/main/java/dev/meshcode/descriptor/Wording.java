package dev.meshcode.descriptor;

/** How descriptor paths and values are written in messages. */
final class Wording {

  private Wording() {}

  /** {@code access/consumers/0/principal} → {@code access.consumers[0].principal}. */
  static String label(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        out.append('[').append(segment).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(segment);
      }
    }
    return out.toString();
  }

  /** The value in backticks, or "The value" when the path is a secret-like field. */
  static String shown(String path, String value) {
    return secret(path) ? "The value" : "`" + value + "`";
  }

  /** Whether any segment of the path names a secret; such values are never echoed. */
  static boolean secret(String path) {
    for (String segment : path.split("/")) {
      if (SecretScanner.isSecretKey(segment)) {
        return true;
      }
    }
    return false;
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
