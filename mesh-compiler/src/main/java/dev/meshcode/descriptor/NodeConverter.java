package dev.meshcode.descriptor;

import dev.meshcode.descriptor.PositionedNode.Entry;
import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.ScalarType;
import dev.meshcode.descriptor.PositionedNode.Sequence;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Copies one composed SnakeYAML document into a {@link PositionedNode} tree. Reports duplicate keys
 * and non-scalar keys, and stops expanding aliases beyond a node budget, so a small file cannot
 * expand into millions of nodes ("billion laughs") or recurse forever.
 */
final class NodeConverter {

  static final int MAX_NODES = 100_000;
  static final int MAX_DEPTH = 100;

  /** Thrown when the budget is exhausted; the reader turns it into a diagnostic. */
  static final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooComplex() {
      super(null, null, false, false);
    }
  }

  private final String file;
  private final String text;
  private final List<Diagnostic> problems;
  private int nodes;
  private String[] lines;

  NodeConverter(String file, String text, List<Diagnostic> problems) {
    this.file = file;
    this.text = text;
    this.problems = problems;
  }

  PositionedNode convert(Node node) {
    return convert(node, 0);
  }

  private PositionedNode convert(Node node, int depth) {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      throw new TooComplex();
    }
    if (node instanceof MappingNode m) {
      return mapping(m, depth);
    }
    if (node instanceof SequenceNode s) {
      List<PositionedNode> items = new ArrayList<>();
      for (Node item : s.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new Sequence(items, at(s.getStartMark()));
    }
    return scalar((ScalarNode) node);
  }

  private Mapping mapping(MappingNode m, int depth) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Scalar> seen = new HashMap<>();
    for (NodeTuple tuple : m.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(
            Diagnostic.error(
                "wrong-type",
                at(tuple.getKeyNode().getStartMark()),
                "A mapping key is a list or mapping; descriptor keys must be plain names.",
                "Write the key as plain text, for example `name:`."));
        continue;
      }
      Scalar key = scalar(keyNode);
      Scalar first = seen.putIfAbsent(key.text(), key);
      if (first != null) {
        problems.add(
            Diagnostic.error(
                "duplicate-key",
                key.at(),
                "The key `"
                    + key.text()
                    + "` appears twice in the same mapping (first on line "
                    + first.at().line()
                    + ").",
                "Remove or rename one of them; YAML does not define which one would win."));
        continue;
      }
      entries.add(new Entry(key, convert(tuple.getValueNode(), depth + 1)));
    }
    SourceLocation start = entries.isEmpty() ? at(m.getStartMark()) : entries.get(0).key().at();
    return new Mapping(entries, start);
  }

  private Scalar scalar(ScalarNode node) {
    SourceLocation at = at(node.getStartMark());
    return new Scalar(type(node.getTag()), node.getValue(), at, textStart(node, at));
  }

  private static ScalarType type(Tag tag) {
    if (Tag.INT.equals(tag)) {
      return ScalarType.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return ScalarType.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return ScalarType.BOOL;
    }
    return Tag.NULL.equals(tag) ? ScalarType.NULL : ScalarType.STRING;
  }

  private SourceLocation textStart(ScalarNode node, SourceLocation at) {
    ScalarStyle style = node.getScalarStyle();
    if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
      return new SourceLocation(file, at.line(), at.column() + 1);
    }
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      return firstContentLineAfter(at);
    }
    return at;
  }

  /** A block scalar's text starts on the first non-blank line after its indicator. */
  private SourceLocation firstContentLineAfter(SourceLocation indicator) {
    if (lines == null) {
      lines = text.split("\n", -1);
    }
    for (int i = indicator.line(); i < lines.length; i++) {
      String line = lines[i];
      for (int c = 0; c < line.length(); c++) {
        if (!Character.isWhitespace(line.charAt(c))) {
          return new SourceLocation(file, i + 1, c + 1);
        }
      }
    }
    return indicator;
  }

  private SourceLocation at(Mark mark) {
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
