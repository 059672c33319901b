package dev.meshcode.descriptor;

import dev.meshcode.descriptor.PositionedNode.ScalarType;

/**
 * The YAML 1.2 core-schema type of a plain scalar, decided character by character. Both readers use
 * it (SnakeYAML through {@link CoreSchemaResolver}, and {@link PlainYaml}), so a value means the
 * same whichever reader read it. It matches, exactly, these patterns of the core schema:
 *
 * <pre>
 * null  ~ | null | Null | NULL | (empty)
 * bool  true | True | TRUE | false | False | FALSE
 * int   [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
 * float [-+]?(\.[0-9]+ | [0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
 * </pre>
 *
 * Written without regular expressions because every plain scalar of every descriptor passes here.
 */
final class CoreScalars {

  private CoreScalars() {}

  static ScalarType type(String text) {
    if (text.isEmpty()) {
      return ScalarType.NULL;
    }
    if (!mayBeTyped(text.charAt(0))) {
      return ScalarType.STRING; // most names and words: decided by their first letter
    }
    switch (text) {
      case "~", "null", "Null", "NULL":
        return ScalarType.NULL;
      case "true", "True", "TRUE", "false", "False", "FALSE":
        return ScalarType.BOOL;
      case ".nan", ".NaN", ".NAN":
        return ScalarType.FLOAT;
      default:
        break;
    }
    if (isInt(text)) {
      return ScalarType.INT;
    }
    return isFloat(text) ? ScalarType.FLOAT : ScalarType.STRING;
  }

  /** Only these can start a null, a boolean or a number. */
  private static boolean mayBeTyped(char first) {
    return isDigit(first) || "-+.~tTfFnN".indexOf(first) >= 0;
  }

  private static boolean isInt(String text) {
    if (text.length() > 2 && text.charAt(0) == '0' && text.charAt(1) == 'o') {
      return all(text, 2, CoreScalars::isOctal);
    }
    if (text.length() > 2 && text.charAt(0) == '0' && text.charAt(1) == 'x') {
      return all(text, 2, CoreScalars::isHex);
    }
    int start = sign(text);
    return start < text.length() && all(text, start, CoreScalars::isDigit);
  }

  private static boolean isFloat(String text) {
    int i = sign(text);
    String rest = text.substring(i);
    if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) {
      return true;
    }
    int digits = digits(text, i);
    i += digits;
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = digits(text, i + 1);
      if (digits == 0 && fraction == 0) {
        return false;
      }
      i += 1 + fraction;
    } else if (digits == 0) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
      return false;
    }
    i++;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int exponent = digits(text, i);
    return exponent > 0 && i + exponent == text.length();
  }

  private static int sign(String text) {
    char first = text.charAt(0);
    return first == '-' || first == '+' ? 1 : 0;
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static boolean all(String text, int from, CharTest test) {
    for (int i = from; i < text.length(); i++) {
      if (!test.test(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
