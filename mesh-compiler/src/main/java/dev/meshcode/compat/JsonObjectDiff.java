package dev.meshcode.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Objects, with Confluent's content models. A schema is <em>open</em> when it has neither {@code
 * patternProperties} nor an {@code additionalProperties} schema and does not forbid additional
 * properties; <em>closed</em> when {@code additionalProperties} is false; <em>partially open</em>
 * when extra properties must match a pattern or additional-properties schema.
 *
 * <ul>
 *   <li>A property removed: fine when the reader is open (it accepts it as an extra property) or
 *       its partial schema accepts the old one; breaking when the reader is closed.
 *   <li>A property added: breaking when the writer was open (old data may hold any value under that
 *       name), unless the new property's schema is empty; when the writer was closed or partially
 *       open, fine if optional or required with a default, breaking if required without a default
 *       (or not covered by the partial schema).
 *   <li>A property becoming required without a default is breaking; no longer required is fine.
 *   <li>{@code additionalProperties}: allowing more is fine, forbidding or constraining them is
 *       breaking; a schema for them compares as a schema.
 * </ul>
 */
final class JsonObjectDiff {

  private final JsonNodeDiff diff;

  JsonObjectDiff(JsonNodeDiff diff) {
    this.diff = diff;
  }

  void compare(String path, JsonDocument.At o, JsonDocument.At u) {
    JsonNode before = o.node().path("properties");
    JsonNode after = u.node().path("properties");
    Set<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      String at = path + "." + name;
      JsonNode was = before.get(name);
      JsonNode now = after.get(name);
      if (now == null) {
        removed(at, name, new JsonDocument.At(was, o.base()), u);
      } else if (was == null) {
        added(at, name, o, new JsonDocument.At(now, u.base()), u.node());
      } else {
        required(at, name, o.node(), u.node(), now);
        diff.compare(at, new JsonDocument.At(was, o.base()), new JsonDocument.At(now, u.base()));
      }
    }
    additional(path, o, u);
  }

  private void removed(String at, String name, JsonDocument.At was, JsonDocument.At update) {
    if (isOpen(update.node())) {
      return;
    }
    Optional<JsonNode> partial = partial(update.node(), name);
    if (partial.isPresent()) {
      if (!diff.trial(at, was, new JsonDocument.At(partial.get(), update.base())).isEmpty()) {
        diff.report(
            at,
            "the reader has no property '"
                + name
                + "' and its additional properties do not accept the values the data may hold under that name");
      }
      return;
    }
    if (!JsonNodeDiff.isFalse(was.node())) {
      diff.report(
          at,
          "the reader has no property '"
              + name
              + "' and allows no additional properties, so data holding it is rejected");
    }
  }

  private void added(
      String at, String name, JsonDocument.At original, JsonDocument.At now, JsonNode update) {
    if (isOpen(original.node())) {
      if (!JsonNodeDiff.isEmpty(now.node())) {
        diff.report(
            at,
            "the reader constrains property '"
                + name
                + "', under which the data's open content model allows any value");
      }
      return;
    }
    Optional<JsonNode> partial = partial(original.node(), name);
    if (partial.isPresent()
        && !diff.trial(at, new JsonDocument.At(partial.get(), original.base()), now).isEmpty()) {
      diff.report(
          at,
          "the reader's property '"
              + name
              + "' does not accept the values the data's additional properties allow under that name");
    }
    if (isRequired(update, name) && !now.node().has("default")) {
      diff.report(
          at,
          "the reader requires property '"
              + name
              + "' without a default, and the data does not have it");
    }
  }

  private void required(String at, String name, JsonNode o, JsonNode u, JsonNode now) {
    if (!isRequired(o, name) && isRequired(u, name) && !now.has("default")) {
      diff.report(
          at,
          "the reader requires property '"
              + name
              + "' without a default, and the data may not have it");
    }
  }

  private void additional(String path, JsonDocument.At o, JsonDocument.At u) {
    JsonNode before = o.node().path("additionalProperties");
    JsonNode after = u.node().path("additionalProperties");
    boolean permittedBefore = !JsonNodeDiff.isFalse(before);
    boolean permittedNow = !JsonNodeDiff.isFalse(after);
    String at = path + ".*";
    if (permittedBefore && !permittedNow) {
      diff.report(at, "the reader allows no additional properties, which the data may hold");
    } else if (permittedBefore && !before.isObject() && after.isObject()) {
      diff.report(at, "the reader constrains additional properties that the data leaves free");
    } else if (before.isObject() && after.isObject()) {
      diff.compare(at, new JsonDocument.At(before, o.base()), new JsonDocument.At(after, u.base()));
    }
  }

  static boolean isOpen(JsonNode schema) {
    JsonNode extra = schema.path("additionalProperties");
    return schema.path("patternProperties").isEmpty()
        && !extra.isObject()
        && !JsonNodeDiff.isFalse(extra);
  }

  private static Optional<JsonNode> partial(JsonNode schema, String name) {
    for (Map.Entry<String, JsonNode> p : schema.path("patternProperties").properties()) {
      try {
        if (Pattern.compile(p.getKey()).matcher(name).find()) {
          return Optional.of(p.getValue());
        }
      } catch (PatternSyntaxException e) {
        // a pattern Java cannot compile matches nothing here; the validator reports it
      }
    }
    JsonNode extra = schema.path("additionalProperties");
    return extra.isObject() ? Optional.of(extra) : Optional.empty();
  }

  private static boolean isRequired(JsonNode schema, String name) {
    for (JsonNode r : schema.path("required")) {
      if (r.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
