package dev.meshcode.compat;

import org.apache.avro.Schema;

/**
 * Turns Avro's JSON-pointer location of an incompatibility into a field path: the top-level type's
 * name, then field names joined by {@code .}, {@code []} for array items and {@code {}} for map
 * values, e.g. {@code Order.lines[].price}. A union branch or an enum's symbols end the path at the
 * field that holds them. The pointer walks the reader schema: {@code /fields/<reader position>}.
 */
final class AvroPaths {

  private AvroPaths() {}

  static String of(Schema reader, String pointer) {
    StringBuilder path = new StringBuilder(top(reader));
    Schema at = reader;
    String[] parts = pointer.split("/");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals("fields") && i + 1 < parts.length && at.getType() == Schema.Type.RECORD) {
        String index = parts[++i];
        if (!index.matches("\\d{1,9}") || Integer.parseInt(index) >= at.getFields().size()) {
          break;
        }
        int pos = Integer.parseInt(index);
        Schema.Field field = at.getFields().get(pos);
        path.append('.').append(field.name());
        at = field.schema();
      } else if (part.equals("items") && at.getType() == Schema.Type.ARRAY) {
        path.append("[]");
        at = at.getElementType();
      } else if (part.equals("values") && at.getType() == Schema.Type.MAP) {
        path.append("{}");
        at = at.getValueType();
      } else if (!part.equals("type")) {
        break;
      }
    }
    return path.toString();
  }

  static String top(Schema s) {
    switch (s.getType()) {
      case RECORD:
      case ENUM:
      case FIXED:
        return s.getName();
      default:
        return s.getType().getName();
    }
  }
}
