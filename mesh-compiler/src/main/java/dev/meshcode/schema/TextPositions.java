package dev.meshcode.schema;

import dev.meshcode.diag.SourceLocation;
import java.util.Optional;

/** Turns offsets and searched snippets of a schema text into {@code file:line:col}. */
final class TextPositions {

  private TextPositions() {}

  /** The 1-based line and column of {@code offset} in {@code text}. */
  static SourceLocation at(String file, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(file, line, offset - lineStart + 1);
  }

  /** Where {@code needle} first occurs in {@code text}, if it does. */
  static Optional<SourceLocation> find(String file, String text, String needle) {
    int offset = text.indexOf(needle);
    return offset < 0 ? Optional.empty() : Optional.of(at(file, text, offset));
  }

  /** A location reported by a parser, as 1-based line and column; 0 means unknown. */
  static SourceLocation lineColumn(String file, long line, long column) {
    if (line <= 0) {
      return SourceLocation.ofFile(file);
    }
    return new SourceLocation(file, (int) line, column <= 0 ? 0 : (int) column);
  }
}
