package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.util.Map;

/**
 * Where a descriptor document came from, down to each field, so that any later stage (a policy, a
 * reference check) can point at the exact line of the value it judges.
 *
 * @param start the first line of the document
 * @param fields the location of each value by path, segments joined with {@code /} (for example
 *     {@code topic/configs/min.insync.replicas} or {@code access/consumers/0/principal})
 */
public record Origin(SourceLocation start, Map<String, SourceLocation> fields) {

  public Origin {
    fields = FieldLocations.of(start.file(), fields);
  }

  public static Origin of(SourceLocation start) {
    return new Origin(start, Map.of());
  }

  public String file() {
    return start.file();
  }

  /**
   * The location of the value at {@code path}; when that value was not written (a default applied),
   * the nearest written parent; at worst the document start.
   */
  public SourceLocation locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      SourceLocation at = fields.get(p);
      if (at != null) {
        return at;
      }
      int slash = p.lastIndexOf('/');
      p = slash < 0 ? "" : p.substring(0, slash);
    }
    return start;
  }
}
