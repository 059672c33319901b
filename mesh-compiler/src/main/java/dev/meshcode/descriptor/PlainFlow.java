package dev.meshcode.descriptor;

import static dev.meshcode.descriptor.PlainYaml.skipSpaces;
import static dev.meshcode.descriptor.PlainYaml.unsupported;

import dev.meshcode.descriptor.PositionedNode.Entry;
import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.ScalarType;
import dev.meshcode.descriptor.PositionedNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * One-line flow collections of {@link PlainYaml}: {@code [a, 'b', {c: d}]} and {@code {k: v, l:
 * [x]}}, closed on the line they open, with plain keys and no empty or trailing entries. Anything
 * else throws {@link PlainYaml#unsupported()}.
 */
final class PlainFlow {

  /** Characters that end a plain scalar inside a flow collection. */
  private static final String ENDS = ",]}";

  /** Characters a flow plain scalar leaves to SnakeYAML (comments, nesting, quotes, keys). */
  private static final String UNSUPPORTED = "[{#\"'?";

  /** Nesting of flow collections on one line; deeper is SnakeYAML's (and never a descriptor). */
  private static final int MAX_DEPTH = 16;

  private final PlainScalars scalars;
  private final String line;
  private final int row;
  private int at;
  private int depth;

  private PlainFlow(PlainScalars scalars, String line, int row, int at) {
    this.scalars = scalars;
    this.line = line;
    this.row = row;
    this.at = at;
  }

  /** The collection opening at column {@code v} of {@code row}; the rest of the line is blank. */
  static PositionedNode read(PlainScalars scalars, String line, int row, int v) {
    PlainFlow flow = new PlainFlow(scalars, line, row, v);
    PositionedNode node = flow.collection();
    PlainScalars.requireRestBlank(line, flow.at);
    return node;
  }

  private PositionedNode collection() {
    if (++depth > MAX_DEPTH) {
      throw unsupported();
    }
    PositionedNode node = line.charAt(at) == '[' ? sequence() : mapping();
    depth--;
    return node;
  }

  private Sequence sequence() {
    int open = at;
    List<PositionedNode> items = new ArrayList<>();
    at = skipSpaces(line, at + 1);
    while (!closes(']', items.isEmpty())) {
      items.add(node());
    }
    return new Sequence(items, scalars.at(row, open));
  }

  private Mapping mapping() {
    int open = at;
    List<Entry> entries = new ArrayList<>();
    at = skipSpaces(line, at + 1);
    while (!closes('}', entries.isEmpty())) {
      Scalar key = key();
      PlainYaml.requireNew(entries, key.text());
      entries.add(new Entry(key, node()));
    }
    return new Mapping(
        entries, entries.isEmpty() ? scalars.at(row, open) : entries.get(0).key().at());
  }

  /**
   * At the end of an entry: true (and past it) at {@code close}; false (and past the comma) when
   * another entry follows. {@code first}: no entry read yet, so no comma is due.
   */
  private boolean closes(char close, boolean first) {
    at = skipSpaces(line, at);
    if (at >= line.length()) {
      throw unsupported();
    }
    char c = line.charAt(at);
    if (c == close) {
      at++;
      return true;
    }
    if (first) {
      return false;
    }
    if (c != ',') {
      throw unsupported();
    }
    at = skipSpaces(line, at + 1);
    if (at >= line.length() || ENDS.indexOf(line.charAt(at)) >= 0) {
      throw unsupported();
    }
    return false;
  }

  private Scalar key() {
    int start = at;
    int colon = line.indexOf(": ", start);
    if (colon < 0 || PlainScalars.isIndicator(line.charAt(start))) {
      throw unsupported();
    }
    String text = line.substring(start, colon);
    for (int i = 0; i < text.length(); i++) {
      if (ENDS.indexOf(text.charAt(i)) >= 0 || UNSUPPORTED.indexOf(text.charAt(i)) >= 0) {
        throw unsupported();
      }
    }
    if (text.endsWith(" ") || text.indexOf(':') >= 0) {
      throw unsupported();
    }
    at = skipSpaces(line, colon + 1);
    return scalars.plain(text, row, start);
  }

  private PositionedNode node() {
    if (at >= line.length()) {
      throw unsupported();
    }
    char c = line.charAt(at);
    if (c == '[' || c == '{') {
      return collection();
    }
    if (c == '"' || c == '\'') {
      int[] close = new int[1];
      String text = PlainScalars.quotedText(line, at, close);
      int start = at;
      at = close[0] + 1;
      return new Scalar(
          ScalarType.STRING, text, scalars.at(row, start), scalars.at(row, start + 1));
    }
    if (PlainScalars.isIndicator(c)
        && !(c == '-' && at + 1 < line.length() && line.charAt(at + 1) != ' ')) {
      throw unsupported();
    }
    return plain();
  }

  private Scalar plain() {
    int start = at;
    int end = at;
    for (; at < line.length() && ENDS.indexOf(line.charAt(at)) < 0; at++) {
      char c = line.charAt(at);
      if (UNSUPPORTED.indexOf(c) >= 0 || c == ':' && !colonInside(at)) {
        throw unsupported();
      }
      if (c != ' ') {
        end = at + 1;
      }
    }
    return scalars.plain(line.substring(start, end), row, start);
  }

  /** A {@code :} inside a flow plain scalar ({@code http://x}): followed by a non-space. */
  private boolean colonInside(int i) {
    return i + 1 < line.length() && " ,[]{}".indexOf(line.charAt(i + 1)) < 0;
  }
}
