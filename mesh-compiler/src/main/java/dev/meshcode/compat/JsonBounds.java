package dev.meshcode.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Bounds may loosen, never tighten: an upper bound ({@code maxLength}, {@code maximum}, {@code
 * exclusiveMaximum}, {@code maxItems}, {@code maxProperties}) may rise or go, a lower bound may
 * fall or go; adding one is breaking. A {@code pattern} may go, not appear or change; {@code
 * multipleOf} may go or become a divisor of the old one; {@code uniqueItems} may go, not appear.
 */
final class JsonBounds {

  private static final List<String> UPPER =
      List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties");
  private static final List<String> LOWER =
      List.of("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties");

  private JsonBounds() {}

  static void compare(JsonNodeDiff diff, String path, JsonNode o, JsonNode u) {
    UPPER.forEach(k -> bound(diff, path, k, o.get(k), u.get(k), 1));
    LOWER.forEach(k -> bound(diff, path, k, o.get(k), u.get(k), -1));
    JsonNode pattern = u.get("pattern");
    if (pattern != null && !pattern.equals(o.get("pattern"))) {
      diff.report(
          path,
          "the reader requires pattern " + pattern + ", which values in the data need not match");
    }
    multipleOf(diff, path, o.get("multipleOf"), u.get("multipleOf"));
    if (u.path("uniqueItems").asBoolean(false) && !o.path("uniqueItems").asBoolean(false)) {
      diff.report(path, "the reader requires unique items, which arrays in the data need not have");
    }
  }

  /** {@code sign} 1: an upper bound (may grow); -1: a lower bound (may shrink). */
  private static void bound(
      JsonNodeDiff diff, String path, String key, JsonNode before, JsonNode after, int sign) {
    if (after == null || !after.isNumber()) {
      return;
    }
    if (before == null || !before.isNumber()) {
      diff.report(
          path, "the reader sets " + key + " " + after + ", which the data does not respect");
      return;
    }
    int cmp = after.decimalValue().compareTo(before.decimalValue());
    if (cmp * sign < 0) {
      diff.report(
          path,
          "the reader's "
              + key
              + " is "
              + after
              + " where the data's is "
              + before
              + ", so some values in the data are rejected");
    }
  }

  private static void multipleOf(JsonNodeDiff diff, String path, JsonNode before, JsonNode after) {
    if (after == null || !after.isNumber() || after.equals(before)) {
      return;
    }
    boolean divides =
        before != null
            && before.isNumber()
            && after.decimalValue().signum() != 0
            && before.decimalValue().remainder(after.decimalValue()).compareTo(BigDecimal.ZERO)
                == 0;
    if (!divides) {
      diff.report(
          path,
          "the reader's multipleOf " + after + " does not divide the data's " + describe(before));
    }
  }

  private static String describe(JsonNode before) {
    return before == null ? "(none)" : before.toString();
  }
}
