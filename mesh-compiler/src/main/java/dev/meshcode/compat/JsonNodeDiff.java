package dev.meshcode.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the writer's JSON Schema ("original") with the reader's ("update") as Confluent does: a
 * change is compatible when the reader still accepts what the writer's schema accepted. Types may
 * widen ({@code integer} to {@code number}, a type added to a {@code type} array, a schema wrapped
 * into an {@code anyOf}/{@code oneOf}), never narrow or change; {@code enum} values may be added,
 * not removed; bounds may loosen, not tighten ({@link JsonBounds}); objects follow {@link
 * JsonObjectDiff}; array items are compared as schemas. An empty schema or {@code true} accepts
 * everything; {@code false} nothing.
 */
final class JsonNodeDiff {

  private static final Set<String> CONSTRAINTS =
      Set.of(
          "type",
          "properties",
          "required",
          "additionalProperties",
          "patternProperties",
          "items",
          "enum",
          "const",
          "anyOf",
          "oneOf",
          "allOf",
          "not",
          "maxLength",
          "minLength",
          "pattern",
          "maximum",
          "minimum",
          "exclusiveMaximum",
          "exclusiveMinimum",
          "multipleOf",
          "maxItems",
          "minItems",
          "uniqueItems",
          "maxProperties",
          "minProperties",
          "$ref");
  private static final List<String> COMBINATORS = List.of("anyOf", "oneOf", "allOf");

  private final JsonDocument writer;
  private final JsonDocument reader;
  private final List<Incompatibility> out;
  private final Set<Pair> visiting;

  /** Two nodes by identity: a {@code $ref} cycle revisits the very same nodes. */
  private record Pair(JsonNode original, JsonNode update) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.original == original && p.update == update;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(original) + System.identityHashCode(update);
    }
  }

  JsonNodeDiff(JsonDocument writer, JsonDocument reader, List<Incompatibility> out) {
    this(writer, reader, out, new LinkedHashSet<>());
  }

  private JsonNodeDiff(
      JsonDocument writer, JsonDocument reader, List<Incompatibility> out, Set<Pair> seen) {
    this.writer = writer;
    this.reader = reader;
    this.out = out;
    this.visiting = seen;
  }

  void report(String path, String reason) {
    out.add(new Incompatibility(path, reason));
  }

  /** The problems of one pair, collected apart: to try alternatives without reporting them. */
  List<Incompatibility> trial(String path, JsonDocument.At o, JsonDocument.At u) {
    List<Incompatibility> found = new ArrayList<>();
    new JsonNodeDiff(writer, reader, found, visiting).compare(path, o, u);
    return found;
  }

  void compare(String path, JsonDocument.At original, JsonDocument.At update) {
    JsonDocument.At o = writer.resolve(original);
    JsonDocument.At u = reader.resolve(update);
    // a recursive schema compares each pair of nodes once
    Pair pair = new Pair(o.node(), u.node());
    if (!visiting.add(pair)) {
      return;
    }
    try {
      compareResolved(path, o, u);
    } finally {
      visiting.remove(pair);
    }
  }

  private void compareResolved(String path, JsonDocument.At o, JsonDocument.At u) {
    if (isFalse(o.node()) || isEmpty(u.node())) {
      return;
    }
    if (isFalse(u.node())) {
      report(path, "the reader's schema is false, which accepts no value");
      return;
    }
    if (isEmpty(o.node())) {
      report(path, "the reader restricts a value the data's schema leaves free");
      return;
    }
    Optional<String> oc = combinator(o.node());
    Optional<String> uc = combinator(u.node());
    if (oc.isPresent() || uc.isPresent()) {
      new JsonCombinedDiff(this).compare(path, o, oc, u, uc);
      return;
    }
    JsonTypes before = JsonTypes.of(o.node());
    JsonTypes after = JsonTypes.of(u.node());
    if (!after.covers(before)) {
      report(path, "the reader expects " + after + " where the data may hold " + before);
      return;
    }
    compareEnums(path, o.node(), u.node());
    JsonBounds.compare(this, path, o.node(), u.node());
    if (before.has("object") && after.has("object")) {
      new JsonObjectDiff(this).compare(path, o, u);
    }
    if (before.has("array") && after.has("array")) {
      compareItems(path, o, u);
    }
  }

  private void compareEnums(String path, JsonNode o, JsonNode u) {
    JsonNode after = u.get("enum");
    if (after == null || !after.isArray()) {
      return;
    }
    JsonNode before = o.get("enum");
    if (before == null || !before.isArray()) {
      report(path, "the reader allows only " + after + ", which the data does not restrict to");
      return;
    }
    List<JsonNode> removed = new ArrayList<>();
    before.forEach(
        v -> {
          if (!contains(after, v)) {
            removed.add(v);
          }
        });
    if (!removed.isEmpty()) {
      report(path, "the data may hold " + removed + ", which the reader's enum does not allow");
    }
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode v : array) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private void compareItems(String path, JsonDocument.At o, JsonDocument.At u) {
    JsonNode before = o.node().get("items");
    JsonNode after = u.node().get("items");
    if (after == null) {
      return;
    }
    if (before == null) {
      before = BooleanNode.TRUE;
    }
    if (before.isArray() || after.isArray()) {
      if (!before.equals(after)) {
        report(path + "[]", "the reader's tuple items differ from the data's");
      }
      return;
    }
    compare(
        path + "[]", new JsonDocument.At(before, o.base()), new JsonDocument.At(after, u.base()));
  }

  static boolean isFalse(JsonNode n) {
    return n.isBoolean() && !n.asBoolean();
  }

  static boolean isEmpty(JsonNode n) {
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    for (String key : CONSTRAINTS) {
      if (n.has(key)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> combinator(JsonNode n) {
    return COMBINATORS.stream().filter(k -> n.path(k).isArray()).findFirst();
  }
}
