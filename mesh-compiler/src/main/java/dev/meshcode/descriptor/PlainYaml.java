package dev.meshcode.descriptor;

import dev.meshcode.descriptor.PositionedNode.Entry;
import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.Sequence;
import dev.meshcode.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the plain subset of YAML that descriptors are written in, straight into {@link
 * PositionedNode} trees: block mappings and sequences, plain and one-line quoted scalars, one-line
 * flow collections, {@code |} and {@code >} block scalars, comments, {@code ---}.
 *
 * <p>Why: SnakeYAML's scanner, parser, composer and regex resolver took more than twice the rest of
 * loading a descriptor (measured at 10,000 descriptors), and much of a cold run's compiling. This
 * reader does one pass over the lines and no regular expressions: about a third of the cost.
 *
 * <p>Invariant: for any text it accepts, the result equals what {@link YamlReader} gets from
 * SnakeYAML and {@link NodeConverter} (same values, types and positions); anything outside the
 * subset, any error and any doubt (tabs, {@code \r}, escapes, anchors, tags, multi-line plain or
 * quoted scalars, duplicate keys, ...) returns empty, and SnakeYAML reads the file and reports its
 * problems. {@code PlainYamlAgreementTest} holds both readers to that on every YAML file of the
 * project and on mutations of them.
 */
final class PlainYaml {

  private static final int MAX_DEPTH = 64;
  private static final int MAX_KEY = 1_024;
  private static final int MAX_KEYS = 64;

  /** Leaving the subset; thrown without a stack trace and turned into the fallback. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }

  private final String[] lines;
  private final PlainScalars scalars;
  private int row;
  private int depth;

  private PlainYaml(String file, String text) {
    this.lines = text.split("\n", -1);
    this.scalars = new PlainScalars(file, lines);
  }

  /** The documents of {@code text} (empty ones left out), or empty when SnakeYAML must read it. */
  static Optional<List<PositionedNode>> read(String file, String text) {
    if (!plainCharacters(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PlainYaml(file, text).documents());
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  static RuntimeException unsupported() {
    return Unsupported.INSTANCE;
  }

  private List<PositionedNode> documents() {
    List<PositionedNode> documents = new ArrayList<>();
    while (nextContent()) {
      if (documentStart(row)) {
        row++;
        continue;
      }
      if (lines[row].charAt(0) == '%' || marker(row, "...")) {
        throw unsupported();
      }
      documents.add(block(indent(lines[row])));
      if (nextContent() && !documentStart(row)) {
        throw unsupported();
      }
    }
    return documents;
  }

  /** The block node whose first line is {@code row}, starting at column {@code col}. */
  private PositionedNode block(int col) {
    if (++depth > MAX_DEPTH) {
      throw unsupported();
    }
    String line = lines[row];
    PositionedNode node;
    if (isDash(line, col)) {
      node = sequence(col, false);
    } else if (keyEnd(line, col) >= 0) {
      node = mapping(col);
    } else {
      throw unsupported();
    }
    depth--;
    return node;
  }

  private Mapping mapping(int indent) {
    List<Entry> entries = new ArrayList<>();
    while (entries.isEmpty() || continues(indent, false)) {
      String line = lines[row];
      int colon = keyEnd(line, indent);
      if (colon < 0) {
        throw unsupported();
      }
      String text = line.substring(indent, colon);
      requireNew(entries, text);
      Scalar key = scalars.plain(text, row, indent);
      entries.add(new Entry(key, value(colon, indent)));
    }
    return new Mapping(entries, entries.get(0).key().at());
  }

  /**
   * A repeated key is SnakeYAML's to report. Descriptor mappings hold a handful of keys, so a scan
   * costs less than a hash set per mapping; a mapping of more than {@value #MAX_KEYS} keys is left
   * to SnakeYAML, so the scan never grows quadratic.
   */
  static void requireNew(List<Entry> entries, String key) {
    if (entries.size() >= MAX_KEYS) {
      throw unsupported();
    }
    for (Entry entry : entries) {
      if (entry.key().text().equals(key)) {
        throw unsupported();
      }
    }
  }

  private Sequence sequence(int indent, boolean indentless) {
    List<PositionedNode> items = new ArrayList<>();
    SourceLocation start = scalars.at(row, indent);
    while (items.isEmpty() || nextItem(indent, indentless)) {
      String line = lines[row];
      int v = skipSpaces(line, indent + 1);
      if (v == line.length() || line.charAt(v) == '#' || isDash(line, v)) {
        throw unsupported();
      }
      items.add(keyEnd(line, v) >= 0 ? mapping(v) : inline(v, indent));
    }
    return new Sequence(items, start);
  }

  /**
   * Whether the block at {@code indent} goes on at the next content line: the line must sit exactly
   * at the block's indent (deeper is a multi-line scalar or an error: not ours), and an indentless
   * sequence ends at its first line that is not an item.
   */
  private boolean continues(int indent, boolean indentless) {
    if (!nextContent() || documentStart(row) || marker(row, "...")) {
      return false;
    }
    int c = indent(lines[row]);
    if (c > indent) {
      throw unsupported();
    }
    if (c < indent) {
      return false;
    }
    return !indentless || isDash(lines[row], c);
  }

  /** The next item of a sequence at {@code indent}, if the sequence goes on. */
  private boolean nextItem(int indent, boolean indentless) {
    if (!continues(indent, indentless)) {
      return false;
    }
    if (!isDash(lines[row], indent)) {
      throw unsupported();
    }
    return true;
  }

  /** The value after {@code key:} on the current row; leaves {@code row} after it. */
  private PositionedNode value(int colon, int indent) {
    String line = lines[row];
    int v = skipSpaces(line, colon + 1);
    if (v < line.length() && line.charAt(v) != '#') {
      return inline(v, indent);
    }
    int keyRow = row;
    row++;
    if (nextContent() && !documentStart(row) && !marker(row, "...")) {
      int c = indent(lines[row]);
      if (c > indent) {
        return block(c);
      }
      if (c == indent && isDash(lines[row], c)) {
        return sequence(c, true);
      }
    }
    return scalars.plain("", keyRow, colon + 1);
  }

  /** A value that starts on the current row at column {@code v}. */
  private PositionedNode inline(int v, int parentIndent) {
    String line = lines[row];
    char first = line.charAt(v);
    PositionedNode node;
    if (first == '|' || first == '>') {
      PlainScalars.Block block = scalars.block(row, v, parentIndent);
      row = block.next();
      return block.scalar();
    }
    if (first == '"' || first == '\'') {
      node = scalars.quoted(row, v);
    } else if (first == '[' || first == '{') {
      node = PlainFlow.read(scalars, line, row, v);
    } else if (!PlainScalars.isIndicator(first) || startsNegative(line, v)) {
      node = scalars.plainValue(row, v);
    } else {
      throw unsupported();
    }
    row++;
    return node;
  }

  /**
   * The column of the {@code :} that ends a plain key starting at {@code from}, or -1 when the line
   * holds no key there.
   */
  private static int keyEnd(String line, int from) {
    if (from >= line.length() || PlainScalars.isIndicator(line.charAt(from))) {
      return -1;
    }
    int colon = PlainScalars.valueIndicator(line, from);
    if (colon < 0 || colon - from > MAX_KEY) {
      return -1;
    }
    int comment = line.indexOf(" #", from);
    if (comment >= 0 && comment < colon) {
      return -1;
    }
    if (line.charAt(colon - 1) == ' ') {
      throw unsupported();
    }
    return colon;
  }

  /** Moves {@code row} to the next line that is neither blank nor a comment. */
  private boolean nextContent() {
    while (row < lines.length) {
      String line = lines[row];
      int c = indent(line);
      if (c < line.length() && line.charAt(c) != '#') {
        return true;
      }
      row++;
    }
    return false;
  }

  private boolean documentStart(int r) {
    return marker(r, "---");
  }

  /** {@code ---} or {@code ...} at column 0; anything but a comment after it is not ours. */
  private boolean marker(int r, String marker) {
    String line = lines[r];
    if (!line.startsWith(marker)) {
      return false;
    }
    if (line.length() == 3) {
      return true;
    }
    if (line.charAt(3) != ' ') {
      return false;
    }
    int rest = skipSpaces(line, 3);
    if (rest < line.length() && line.charAt(rest) != '#') {
      throw unsupported();
    }
    return true;
  }

  /** A {@code -} that starts a plain scalar such as {@code -1}, not a sequence entry. */
  private static boolean startsNegative(String line, int v) {
    return line.charAt(v) == '-' && v + 1 < line.length() && line.charAt(v + 1) != ' ';
  }

  private static boolean isDash(String line, int c) {
    return c < line.length()
        && line.charAt(c) == '-'
        && (c + 1 == line.length() || line.charAt(c + 1) == ' ');
  }

  static int indent(String line) {
    return skipSpaces(line, 0);
  }

  static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Only characters that SnakeYAML reads as printable, one column each, and never as a line break:
   * no tab, carriage return, byte-order mark, NEL, line or paragraph separator, surrogate or
   * control character.
   */
  private static boolean plainCharacters(String text) {
    for (char c : text.toCharArray()) {
      boolean ascii = c >= 0x20 && c <= 0x7E || c == '\n';
      if (!ascii && !(c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD)
          || c == 0x2028
          || c == 0x2029
          || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }
}
