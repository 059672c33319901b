package dev.meshcode.descriptor;

import static dev.meshcode.descriptor.PlainYaml.indent;
import static dev.meshcode.descriptor.PlainYaml.skipSpaces;
import static dev.meshcode.descriptor.PlainYaml.unsupported;

import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.ScalarType;
import dev.meshcode.diag.SourceLocation;

/**
 * The scalars of {@link PlainYaml}, with SnakeYAML's values and positions. Each method throws
 * {@link PlainYaml#unsupported()} where YAML would mean more than this subset reads, so the caller
 * falls back to SnakeYAML.
 */
final class PlainScalars {

  /** A block scalar and the first row after it. */
  record Block(Scalar scalar, int next) {}

  /** Characters that give a plain scalar's first character a YAML meaning. */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private final String file;
  private final String[] lines;

  PlainScalars(String file, String[] lines) {
    this.file = file;
    this.lines = lines;
  }

  static boolean isIndicator(char c) {
    return INDICATORS.indexOf(c) >= 0;
  }

  SourceLocation at(int row, int col) {
    return new SourceLocation(file, row + 1, col + 1);
  }

  Scalar plain(String text, int row, int col) {
    SourceLocation at = at(row, col);
    return new Scalar(CoreScalars.type(text), text, at, at);
  }

  /** A plain value to the end of its line or its comment. */
  Scalar plainValue(int row, int v) {
    String line = lines[row];
    int comment = line.indexOf(" #", v);
    int stop = comment < 0 ? line.length() : comment;
    int colon = valueIndicator(line, v);
    if (colon >= 0 && colon < stop) {
      throw unsupported(); // `a: b: c`, a mapping where a value was expected
    }
    int end = stop;
    while (end > v && line.charAt(end - 1) == ' ') {
      end--;
    }
    return plain(line.substring(v, end), row, v);
  }

  /** The first {@code :} from {@code from} that ends the line or is followed by a space, or -1. */
  static int valueIndicator(String line, int from) {
    int colon = line.indexOf(':', from);
    while (colon >= 0 && colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
      colon = line.indexOf(':', colon + 1);
    }
    return colon;
  }

  /** A single- or double-quoted scalar that closes on its line (double-quoted: no escapes). */
  Scalar quoted(int row, int v) {
    String line = lines[row];
    int[] close = new int[1];
    String text = quotedText(line, v, close);
    requireRestBlank(line, close[0] + 1);
    return new Scalar(ScalarType.STRING, text, at(row, v), at(row, v + 1));
  }

  /**
   * A {@code |} or {@code >} scalar (clip or {@code -} strip chomping, detected indentation) whose
   * content lines are indented deeper than {@code parentIndent}.
   */
  Block block(int row, int v, int parentIndent) {
    String line = lines[row];
    boolean folded = line.charAt(v) == '>';
    int h = v + 1;
    boolean strip = h < line.length() && line.charAt(h) == '-';
    if (strip) {
      h++;
    }
    if (h < line.length() && line.charAt(h) != ' ') {
      throw unsupported();
    }
    requireRestBlank(line, h);
    int first = row + 1;
    while (first < lines.length && isBlank(lines[first])) {
      first++;
    }
    if (first == lines.length || indent(lines[first]) <= parentIndent) {
      throw unsupported();
    }
    int indent = indent(lines[first]);
    int last = first;
    int next = row + 1;
    for (; next < lines.length; next++) {
      String content = lines[next];
      if (isBlank(content)) {
        if (content.length() > indent) {
          throw unsupported();
        }
      } else if (indent(content) < indent) {
        break;
      } else {
        last = next;
      }
    }
    // Leading blank lines are line breaks of the value; after them the lines fold or not.
    String text =
        "\n".repeat(first - row - 1)
            + (folded ? folded(first, last, indent) : literal(first, last, indent));
    boolean breakAfter = last < lines.length - 1;
    String value = strip || !breakAfter ? text : text + "\n";
    Scalar scalar = new Scalar(ScalarType.STRING, value, at(row, v), at(first, indent));
    return new Block(scalar, next);
  }

  private String literal(int first, int last, int indent) {
    StringBuilder text = new StringBuilder();
    for (int r = first; r <= last; r++) {
      if (r > first) {
        text.append('\n');
      }
      if (!isBlank(lines[r])) {
        text.append(lines[r], indent, lines[r].length());
      }
    }
    return text.toString();
  }

  /** Folding without more-indented lines: a line break is a space, n blank lines n breaks. */
  private String folded(int first, int last, int indent) {
    StringBuilder text = new StringBuilder();
    int blanks = 0;
    for (int r = first; r <= last; r++) {
      String line = lines[r];
      if (isBlank(line)) {
        blanks++;
        continue;
      }
      if (line.charAt(indent) == ' ') {
        throw unsupported();
      }
      if (r > first) {
        text.append(blanks == 0 ? " " : "\n".repeat(blanks));
      }
      blanks = 0;
      text.append(line, indent, line.length());
    }
    return text.toString();
  }

  /** The text of the quoted scalar opening at {@code v}; {@code close[0]} gets its end quote. */
  static String quotedText(String line, int v, int[] close) {
    char quote = line.charAt(v);
    StringBuilder text = new StringBuilder();
    for (int i = v + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        throw unsupported();
      }
      if (c != quote) {
        text.append(c);
      } else if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        text.append('\'');
        i++;
      } else {
        close[0] = i;
        return text.toString();
      }
    }
    throw unsupported();
  }

  /** After a value: only spaces, then the end of the line or a comment after a space. */
  static void requireRestBlank(String line, int from) {
    int i = skipSpaces(line, from);
    if (i < line.length() && (line.charAt(i) != '#' || i == from)) {
      throw unsupported();
    }
  }

  private static boolean isBlank(String line) {
    return indent(line) == line.length();
  }
}
