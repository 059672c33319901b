package dev.meshcode.schema;

import java.util.regex.Pattern;

/**
 * Makes third-party parser messages fit for users: no Java class names, no Jackson source excerpts,
 * and a first line that can end a summary sentence.
 */
final class ParserMessages {

  private static final Pattern CLASS_PREFIX =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*");

  private static final Pattern JACKSON_SOURCE = Pattern.compile("\\s*at \\[Source: [^\\]]*\\]");

  /**
   * Jackson names the Java setting behind a limit: {@code (1000, from `StreamReadConstraints…`)}.
   */
  private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`");

  private ParserMessages() {}

  /** The message of {@code e} (or of its cause when it has none), cleaned. */
  static String of(Throwable e) {
    String message = e.getMessage();
    if ((message == null || message.isBlank()) && e.getCause() != null) {
      message = e.getCause().getMessage();
    }
    return clean(message == null ? e.getClass().getSimpleName() : message);
  }

  static String clean(String message) {
    String cleaned = CLASS_PREFIX.matcher(message).replaceAll("");
    cleaned = JACKSON_SETTING.matcher(cleaned).replaceAll("");
    return JACKSON_SOURCE.matcher(cleaned).replaceAll("").strip();
  }

  /** The first line, without a trailing period, to end a summary with. */
  static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = (newline < 0 ? message : message.substring(0, newline)).strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
