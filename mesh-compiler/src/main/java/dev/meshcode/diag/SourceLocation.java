package dev.meshcode.diag;

import java.util.Comparator;

/**
 * A place in a file of the mesh repository.
 *
 * @param file path relative to the mesh root, with {@code /} separators, so outputs are the same on
 *     every machine and SARIF can anchor on it
 * @param line 1-based; 0 means the file as a whole
 * @param column 1-based; 0 means the line as a whole
 */
public record SourceLocation(String file, int line, int column)
    implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::file)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column);

  public SourceLocation {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** The file as a whole, for problems that belong to no single line. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  /** {@code file:line:col}, or fewer parts when the line or column is unknown. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }
}
