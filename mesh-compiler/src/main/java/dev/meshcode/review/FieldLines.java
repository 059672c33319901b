package dev.meshcode.review;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a field named by an incompatibility's path in the head schema text, so a
 * finding lands on the field a reviewer must look at. Best effort: a removed field is not in the
 * head text, and then the finding lands on the schema file's first line.
 */
final class FieldLines {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Words the formats use in paths that are structure, not field names. */
  private static final Set<String> STRUCTURE =
      Set.of(
          "fields",
          "properties",
          "items",
          "type",
          "definitions",
          "defs",
          "required",
          "enum",
          "symbols",
          "values",
          "field",
          "message",
          "oneOf",
          "anyOf",
          "allOf");

  private FieldLines() {}

  /**
   * The line of the deepest name of {@code path} found in the head text: the field itself, or, for
   * a field the head removed, the record or message that held it.
   */
  static SourceLocation locate(SchemaFormat format, String file, String text, String path) {
    List<String> names = names(path);
    for (int i = names.size() - 1; i >= 0; i--) {
      Optional<Integer> offset = offset(format, text, names.get(i));
      if (offset.isPresent()) {
        return at(file, text, offset.get());
      }
    }
    return new SourceLocation(file, 1, 1);
  }

  private static List<String> names(String path) {
    List<String> names = new ArrayList<>();
    Matcher m = IDENTIFIER.matcher(path);
    while (m.find()) {
      if (!STRUCTURE.contains(m.group())) {
        names.add(m.group());
      }
    }
    return names;
  }

  private static Optional<Integer> offset(SchemaFormat format, String text, String name) {
    String quoted = Pattern.quote(name);
    List<String> patterns;
    switch (format) {
      case AVRO:
        patterns = List.of("\"name\"\\s*:\\s*\"" + quoted + "\"");
        break;
      case JSON_SCHEMA:
        patterns = List.of("\"" + quoted + "\"\\s*:");
        break;
      default:
        patterns = List.of("\\b" + quoted + "\\s*=\\s*\\d+");
        break;
    }
    for (String pattern : patterns) {
      Matcher m = Pattern.compile(pattern).matcher(text);
      if (m.find()) {
        return Optional.of(m.start());
      }
    }
    return Optional.empty();
  }

  private static SourceLocation at(String file, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(file, line, offset - lineStart + 1);
  }
}
