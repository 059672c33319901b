package dev.meshcode.descriptor;

import java.util.List;
import java.util.stream.Collectors;

/** JSON Schema type names in the words a descriptor author uses. */
final class TypeWords {

  private TypeWords() {}

  static String of(String jsonType) {
    switch (jsonType) {
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "string":
        return "text";
      case "boolean":
        return "`true` or `false`";
      case "array":
        return "a list";
      case "object":
        return "a mapping";
      case "null":
        return "empty";
      default:
        return jsonType;
    }
  }

  static String anyOf(List<String> jsonTypes) {
    if (jsonTypes.size() == 1) {
      return of(jsonTypes.get(0));
    }
    return jsonTypes.stream().map(TypeWords::of).collect(Collectors.joining(" or "));
  }

  static String hint(String expected, String found) {
    if ("null".equals(found)) {
      return "Write a value after the colon, or remove the key.";
    }
    switch (expected) {
      case "integer":
        return "Write a whole number without quotes, for example `6`.";
      case "number":
        return "Write a number without quotes, for example `0.5`.";
      case "string":
        return "Write text; put it in quotes if YAML would read it as something else.";
      case "boolean":
        return "Write `true` or `false` without quotes.";
      case "array":
        return "Write a list: one `- item` per line, or `[a, b]`.";
      case "object":
        return "Write a mapping: `key: value` lines indented under this key.";
      default:
        return "Change the value to " + of(expected) + ".";
    }
  }
}
