package dev.meshcode.descriptor;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Origin;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of one document was written, by path (segments joined with {@code /}, array
 * indices as numbers: {@code access/consumers/0/principal}). Built while the document is converted
 * to JSON, so validator messages and binders can point at exact lines.
 */
final class PositionIndex {

  /**
   * @param value where the value starts (a scalar's first character, a mapping's first key)
   * @param key the key that names the value; the value itself for array items and the root
   * @param text where a scalar's text starts (after a quote, on a block scalar's first line)
   */
  record Place(SourceLocation value, SourceLocation key, SourceLocation text, boolean scalar) {

    /** What a reader wants to see: the value of a scalar, the key line of a mapping or list. */
    SourceLocation shown() {
      return scalar ? value : key;
    }
  }

  private final Map<String, Place> places = new HashMap<>();
  private final SourceLocation start;

  PositionIndex(SourceLocation start) {
    this.start = start;
  }

  void put(String path, Place place) {
    places.put(path, place);
  }

  /** The place of {@code path}, or of its nearest written parent, or the document start. */
  Place place(String path) {
    String p = path;
    while (true) {
      Place found = places.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return new Place(start, start, start, false);
      }
      int slash = p.lastIndexOf('/');
      p = slash < 0 ? "" : p.substring(0, slash);
    }
  }

  SourceLocation start() {
    return start;
  }

  /** Every written field's location, for the model's {@link Origin}. */
  Origin origin() {
    return origin(new HashMap<>());
  }

  /**
   * The same, with each path taken from {@code shared} (and added to it when new), so documents of
   * one load keep one string per path.
   */
  Origin origin(Map<String, String> shared) {
    Map<String, SourceLocation> fields = new HashMap<>(places.size() * 2);
    places.forEach(
        (path, place) -> {
          if (!path.isEmpty()) {
            String one = shared.putIfAbsent(path, path);
            fields.put(one == null ? path : one, place.shown());
          }
        });
    return new Origin(start, fields);
  }

  static String child(String parent, String segment) {
    return parent.isEmpty() ? segment : parent + "/" + segment;
  }
}
