package dev.meshcode.descriptor;

import dev.meshcode.diag.SourceLocation;
import java.util.List;

/**
 * A YAML node that remembers where it was written. SnakeYAML's composer gives nodes with marks; we
 * copy them into this small immutable tree so that nothing later depends on SnakeYAML.
 */
sealed interface PositionedNode
    permits PositionedNode.Mapping, PositionedNode.Sequence, PositionedNode.Scalar {

  /** Where the node starts (for a mapping or sequence: its first key or item). */
  SourceLocation at();

  /** A mapping; keys are unique (the reader reports and drops duplicates). */
  record Mapping(List<Entry> entries, SourceLocation at) implements PositionedNode {
    public Mapping {
      entries = List.copyOf(entries);
    }
  }

  /** One {@code key: value} pair of a mapping. */
  record Entry(Scalar key, PositionedNode value) {}

  /** A sequence. */
  record Sequence(List<PositionedNode> items, SourceLocation at) implements PositionedNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar with its resolved YAML type.
   *
   * @param text the scalar's value as written (after unquoting)
   * @param textAt where the value's text starts: after an opening quote, or on the first content
   *     line of a block scalar ({@code |}, {@code >}); used to map CEL positions back to the file
   */
  record Scalar(ScalarType type, String text, SourceLocation at, SourceLocation textAt)
      implements PositionedNode {}

  /** YAML 1.2 core-schema types; timestamps and other tags stay strings. */
  enum ScalarType {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }
}
