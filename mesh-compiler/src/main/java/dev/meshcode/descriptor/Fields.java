package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A binder's view of one mapping of a document that passed its schema: typed reads with defaults,
 * and the location of each field. Problems only a binder can see (an impossible date, a missing
 * file) are added to the document's problem list.
 */
final class Fields {

  /** The document being bound. */
  record Source(String file, Path dir, PositionIndex index, List<Diagnostic> problems) {}

  private final JsonNode node;
  private final String path;
  private final Source source;

  Fields(JsonNode node, String path, Source source) {
    this.node = node;
    this.path = path;
    this.source = source;
  }

  Source source() {
    return source;
  }

  String path(String key) {
    return PositionIndex.child(path, key);
  }

  boolean has(String key) {
    return node.hasNonNull(key);
  }

  Fields child(String key) {
    return new Fields(node.path(key), path(key), source);
  }

  Optional<Fields> optChild(String key) {
    return has(key) ? Optional.of(child(key)) : Optional.empty();
  }

  List<Fields> items(String key) {
    List<Fields> items = new ArrayList<>();
    JsonNode array = node.path(key);
    for (int i = 0; i < array.size(); i++) {
      items.add(
          new Fields(array.get(i), PositionIndex.child(path(key), Integer.toString(i)), source));
    }
    return items;
  }

  /** This node's own scalar value (for items of a list of scalars). */
  String value() {
    return scalarText(node);
  }

  String text(String key) {
    return scalarText(node.path(key));
  }

  String textOr(String key, String fallback) {
    return has(key) ? text(key) : fallback;
  }

  Optional<String> optText(String key) {
    return has(key) ? Optional.of(text(key)) : Optional.empty();
  }

  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    node.path(key).forEach(v -> out.add(scalarText(v)));
    return out;
  }

  int intOr(String key, int fallback) {
    return has(key) ? node.path(key).asInt() : fallback;
  }

  OptionalInt optInt(String key) {
    return has(key) ? OptionalInt.of(node.path(key).asInt()) : OptionalInt.empty();
  }

  Optional<Double> optDouble(String key) {
    return has(key) ? Optional.of(node.path(key).asDouble()) : Optional.empty();
  }

  boolean boolOr(String key, boolean fallback) {
    return has(key) ? node.path(key).asBoolean() : fallback;
  }

  /** A map of scalars, each value as the string Kafka's admin API takes; sorted by key. */
  Map<String, String> scalarMap(String key) {
    Map<String, String> out = new TreeMap<>();
    node.path(key).properties().forEach(e -> out.put(e.getKey(), scalarText(e.getValue())));
    return out;
  }

  /** A {@code YYYY-MM-DD} date; an impossible one (February 30) is reported. */
  Optional<LocalDate> date(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    String written = text(key);
    try {
      return Optional.of(LocalDate.parse(written));
    } catch (DateTimeParseException e) {
      problem(
          Diagnostic.error(
              "invalid-value",
              at(key),
              "`" + Wording.label(path(key)) + "` is `" + written + "`, which is not a real date.",
              "Write an existing date as YYYY-MM-DD, for example `2026-03-31`."));
      return Optional.empty();
    }
  }

  /** Where the value of {@code key} is written (its key line for a mapping or list). */
  SourceLocation at(String key) {
    return source.index().place(path(key)).shown();
  }

  SourceLocation keyAt(String key) {
    return source.index().place(path(key)).key();
  }

  SourceLocation textAt(String key) {
    return source.index().place(path(key)).text();
  }

  /** Where this mapping is written: its key, or its first line for a list item. */
  SourceLocation at() {
    return source.index().place(path).key();
  }

  void problem(Diagnostic diagnostic) {
    source.problems().add(diagnostic);
  }

  private static String scalarText(JsonNode value) {
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isNumber() && value.numberValue() instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.asText();
  }
}
