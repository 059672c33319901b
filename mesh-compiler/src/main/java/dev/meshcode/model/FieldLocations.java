package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The field locations of an {@link Origin}, kept as three arrays (sorted paths, lines, columns)
 * instead of a map of objects. Every product keeps its origin for the whole run, so with 10,000
 * products these are a third of the objects alive; as arrays they cost the garbage collector almost
 * nothing to copy. Immutable; a location is made when asked for.
 */
final class FieldLocations extends AbstractMap<String, SourceLocation> {

  private final String file;
  private final String[] paths;
  private final int[] lines;
  private final int[] columns;

  private FieldLocations(String file, String[] paths, int[] lines, int[] columns) {
    this.file = file;
    this.paths = paths;
    this.lines = lines;
    this.columns = columns;
  }

  /** {@code fields} as arrays when every location is in {@code file}; else an immutable copy. */
  static Map<String, SourceLocation> of(String file, Map<String, SourceLocation> fields) {
    if (fields instanceof FieldLocations || fields.isEmpty()) {
      return fields instanceof FieldLocations ? fields : Map.of();
    }
    String[] paths = fields.keySet().toArray(new String[0]);
    Arrays.sort(paths);
    int[] lines = new int[paths.length];
    int[] columns = new int[paths.length];
    for (int i = 0; i < paths.length; i++) {
      SourceLocation at = Objects.requireNonNull(fields.get(paths[i]), paths[i]);
      if (!at.file().equals(file)) {
        return Map.copyOf(fields);
      }
      lines[i] = at.line();
      columns[i] = at.column();
    }
    return new FieldLocations(file, paths, lines, columns);
  }

  @Override
  public SourceLocation get(Object key) {
    int i = key instanceof String path ? Arrays.binarySearch(paths, path) : -1;
    return i < 0 ? null : at(i);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String path && Arrays.binarySearch(paths, path) >= 0;
  }

  @Override
  public int size() {
    return paths.length;
  }

  @Override
  public Set<Entry<String, SourceLocation>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, SourceLocation>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < paths.length;
          }

          @Override
          public Entry<String, SourceLocation> next() {
            if (next >= paths.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(paths[i], at(i));
          }
        };
      }

      @Override
      public int size() {
        return paths.length;
      }
    };
  }

  private SourceLocation at(int i) {
    return new SourceLocation(file, lines[i], columns[i]);
  }
}
