package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words one validator message as a diagnostic, located at the exact node. The validator's own text
 * is never shown: it names JSON pointers, not descriptor fields. Values of secret-like fields are
 * never echoed.
 */
final class MessageTranslator {

  private final Kind kind;
  private final SchemaPaths schema;
  private final JsonTree.Converted document;

  MessageTranslator(Kind kind, SchemaPaths schema, JsonTree.Converted document) {
    this.kind = kind;
    this.schema = schema;
    this.document = document;
  }

  List<Diagnostic> translate(ValidationMessage m) {
    String path = SchemaPaths.instancePath(m);
    switch (m.getType()) {
      case "additionalProperties":
        return List.of(unknownField(m, path));
      case "required":
        return List.of(missingField(m, path));
      case "dependentRequired":
        return List.of(dependentRequired(m, path));
      case "type":
        return List.of(wrongType(m, path));
      case "enum":
      case "const":
        return List.of(notAllowed(m, path));
      case "pattern":
        return List.of(patternMismatch(m, path));
      case "uniqueItems":
        return List.of(duplicateItem(path));
      default:
        return List.of(Bounds.describe(m, path, this));
    }
  }

  private Diagnostic unknownField(ValidationMessage m, String path) {
    String field = m.getProperty();
    List<String> allowed = schema.allowedProperties(m);
    String hint =
        DidYouMean.closest(field, allowed)
            .map(s -> "Did you mean `" + s + "`?")
            .orElse(
                allowed.isEmpty()
                    ? "Remove it."
                    : "Remove it; the fields allowed here are "
                        + QuotedWords.quoted(allowed)
                        + ".");
    return Diagnostic.error(
        "unknown-field",
        place(PositionIndex.child(path, field)).key(),
        "Unknown field `" + field + "` in " + where(path) + ".",
        hint);
  }

  private Diagnostic missingField(ValidationMessage m, String path) {
    String field = m.getProperty();
    String about = schema.owner(m).path("properties").path(field).path("description").asText("");
    return Diagnostic.error(
        "missing-field",
        place(path).key(),
        Wording.capitalized(where(path)) + " is missing the required field `" + field + "`.",
        "Add `" + field + ":`" + (about.isEmpty() ? "." : " (" + Wording.lowerFirst(about) + ")."));
  }

  private Diagnostic dependentRequired(ValidationMessage m, String path) {
    Object[] args = m.getArguments();
    String missing = String.valueOf(args[0]);
    String present = String.valueOf(args[1]);
    return Diagnostic.error(
        "missing-field",
        place(PositionIndex.child(path, present)).key(),
        "`"
            + missing
            + "` is required when `"
            + present
            + "` is set, but it is missing in "
            + where(path)
            + ".",
        "Add `" + missing + ":` or remove `" + present + "`.");
  }

  private Diagnostic wrongType(ValidationMessage m, String path) {
    JsonNode expected = schema.keyword(m);
    List<String> types = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(t -> types.add(t.asText()));
    } else {
      types.add(expected.asText());
    }
    String found = String.valueOf(m.getArguments()[0]);
    return Diagnostic.error(
        "wrong-type",
        place(path).value(),
        "`"
            + Wording.label(path)
            + "` must be "
            + TypeWords.anyOf(types)
            + ", but it is "
            + TypeWords.of(found)
            + ".",
        TypeWords.hint(types.get(0), found));
  }

  private Diagnostic notAllowed(ValidationMessage m, String path) {
    JsonNode keyword = schema.keyword(m);
    List<String> allowed = new ArrayList<>();
    if (keyword.isArray()) {
      keyword.forEach(v -> allowed.add(v.asText()));
    } else {
      allowed.add(keyword.asText());
    }
    String value = valueAt(m.getInstanceLocation()).asText();
    String guess =
        Wording.secret(path)
            ? ""
            : DidYouMean.closest(value, allowed).map(s -> "Did you mean `" + s + "`? ").orElse("");
    return Diagnostic.error(
        "invalid-value",
        place(path).value(),
        Wording.shown(path, value) + " is not an allowed value for `" + Wording.label(path) + "`.",
        guess
            + (allowed.size() == 1 ? "Write " : "Use one of ")
            + QuotedWords.quoted(allowed)
            + ".");
  }

  private Diagnostic patternMismatch(ValidationMessage m, String path) {
    JsonNode owner = schema.owner(m);
    String rule =
        owner
            .path("patternErrorMessage")
            .asText("it must match `" + schema.keyword(m).asText() + "`");
    String example = owner.path("examples").path(0).asText("");
    String value = valueAt(m.getInstanceLocation()).asText();
    return Diagnostic.error(
        "invalid-value",
        place(path).value(),
        Wording.shown(path, value) + " is not a valid `" + Wording.label(path) + "`: " + rule + ".",
        example.isEmpty()
            ? "Change the value so that it follows this rule."
            : "Change the value so that it follows this rule, for example `" + example + "`.");
  }

  private Diagnostic duplicateItem(String path) {
    JsonNode array = valueAt(path);
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      if (!seen.add(array.get(i))) {
        String item = PositionIndex.child(path, Integer.toString(i));
        return Diagnostic.error(
            "invalid-value",
            place(item).value(),
            "`"
                + Wording.label(path)
                + "` lists "
                + Wording.shown(item, array.get(i).asText())
                + " more than once.",
            "Remove the repeated item.");
      }
    }
    return Diagnostic.error(
        "invalid-value",
        place(path).value(),
        "`" + Wording.label(path) + "` repeats an item.",
        "Remove it.");
  }

  /** One sentence for "exactly one of these keys" (a policy rule's check). */
  Diagnostic keyChoice(ValidationMessage m, List<String> keys) {
    String path = SchemaPaths.instancePath(m);
    JsonNode node = valueAt(m.getInstanceLocation());
    List<String> present = keys.stream().filter(node::has).toList();
    if (present.isEmpty()) {
      return Diagnostic.error(
          "missing-field",
          place(path).key(),
          Wording.capitalized(where(path))
              + " sets none of "
              + QuotedWords.quoted(keys)
              + "; it needs exactly one.",
          "Add one of them.");
    }
    return Diagnostic.error(
        "invalid-value",
        place(PositionIndex.child(path, present.get(1))).key(),
        Wording.capitalized(where(path))
            + " sets "
            + String.join(" and ", QuotedWords.quotedEach(present))
            + ", but only one of them is allowed.",
        "Keep one; split the others into separate entries.");
  }

  /** The keys of a {@code oneOf} whose alternatives are each just {@code required: [key]}. */
  static List<String> requiredKeyAlternatives(JsonNode alternatives) {
    List<String> keys = new ArrayList<>();
    for (JsonNode alternative : alternatives) {
      JsonNode required = alternative.path("required");
      if (alternative.size() != 1 || required.size() != 1) {
        return List.of();
      }
      keys.add(required.get(0).asText());
    }
    return keys;
  }

  PositionIndex.Place place(String path) {
    return document.index().place(path);
  }

  String where(String path) {
    return path.isEmpty() ? "the " + kind.spelling() : "`" + Wording.label(path) + "`";
  }

  JsonNode valueAt(JsonNodePath path) {
    JsonNode node = document.json();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  JsonNode valueAt(String path) {
    JsonNode node = document.json();
    if (path.isEmpty()) {
      return node;
    }
    for (String segment : path.split("/")) {
      node = node.isArray() ? node.path(Integer.parseInt(segment)) : node.path(segment);
    }
    return Optional.ofNullable(node).orElse(MissingNode.getInstance());
  }

  JsonNode schemaOwner(ValidationMessage m) {
    return schema.owner(m);
  }
}
