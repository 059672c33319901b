package dev.meshcode.descriptor;

import dev.meshcode.diag.SourceLocation;

/** Converts offsets in a text into 1-based line and column. */
final class TextPositions {

  private TextPositions() {}

  /** The location of the code point at {@code codePointIndex}. */
  static SourceLocation locate(String file, String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourceLocation(file, line, column);
  }

  /** The location of byte {@code offset} in UTF-8 {@code bytes}, counting lines by {@code \n}. */
  static SourceLocation locateByte(String file, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(file, line, offset - lineStart + 1);
  }
}
