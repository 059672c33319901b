package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.descriptor.PositionIndex.Place;
import dev.meshcode.descriptor.PositionedNode.Entry;
import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.Sequence;
import dev.meshcode.diag.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts a positioned YAML tree into a Jackson tree for the JSON Schema validator, recording the
 * place of every value in a {@link PositionIndex} as it goes.
 */
final class JsonTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A converted document. */
  record Converted(JsonNode json, PositionIndex index) {}

  private JsonTree() {}

  static Converted convert(PositionedNode root) {
    PositionIndex index = new PositionIndex(root.at());
    JsonNode json = convert(root, "", root.at(), index);
    return new Converted(json, index);
  }

  private static JsonNode convert(
      PositionedNode node, String path, SourceLocation key, PositionIndex index) {
    if (node instanceof Mapping m) {
      index.put(path, new Place(m.at(), key, m.at(), false));
      ObjectNode object = JSON.objectNode();
      for (Entry e : m.entries()) {
        String childPath = PositionIndex.child(path, e.key().text());
        object.set(e.key().text(), convert(e.value(), childPath, e.key().at(), index));
      }
      return object;
    }
    if (node instanceof Sequence s) {
      index.put(path, new Place(s.at(), key, s.at(), false));
      ArrayNode array = JSON.arrayNode();
      for (int i = 0; i < s.items().size(); i++) {
        PositionedNode item = s.items().get(i);
        array.add(convert(item, PositionIndex.child(path, Integer.toString(i)), item.at(), index));
      }
      return array;
    }
    Scalar scalar = (Scalar) node;
    index.put(path, new Place(scalar.at(), key, scalar.textAt(), true));
    return scalar(scalar);
  }

  static JsonNode scalar(Scalar s) {
    String text = s.text();
    switch (s.type()) {
      case NULL:
        return JSON.nullNode();
      case BOOL:
        return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
      case INT:
        return integer(text);
      case FLOAT:
        return decimal(text);
      default:
        return JSON.textNode(text);
    }
  }

  private static JsonNode integer(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (t.startsWith("0x")) {
      value = new BigInteger(t.substring(2), 16);
    } else if (t.startsWith("0o")) {
      value = new BigInteger(t.substring(2), 8);
    } else {
      value = new BigInteger(t);
    }
    return value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
  }

  private static JsonNode decimal(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf")) {
      return JSON.numberNode(
          t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (t.equals(".nan")) {
      return JSON.numberNode(Double.NaN);
    }
    String normal =
        t.startsWith(".") || t.startsWith("-.") || t.startsWith("+.")
            ? t.replaceFirst("\\.", "0.")
            : t;
    return JSON.numberNode(new BigDecimal(normal.endsWith(".") ? normal + "0" : normal));
  }
}
