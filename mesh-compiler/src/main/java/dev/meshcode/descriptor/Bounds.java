package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.meshcode.diag.Diagnostic;

/**
 * Words the validator's size and range messages ({@code minimum}, {@code minItems}, {@code
 * maxLength}, …); any other keyword falls back to a generic {@code invalid-value}.
 */
final class Bounds {

  private Bounds() {}

  static Diagnostic describe(ValidationMessage m, String path, MessageTranslator t) {
    String limit = String.valueOf(m.getArguments() == null ? "" : m.getArguments()[0]);
    JsonNode value = t.valueAt(m.getInstanceLocation());
    String label = "`" + MessageTranslator.label(path) + "`";
    String shown = MessageTranslator.secret(path) ? "" : ", but it is " + value.asText();
    switch (m.getType()) {
      case "minimum":
        return invalid(
            t,
            path,
            label + " must be at least " + limit + shown + ".",
            "Use a value of at least " + limit + ".");
      case "maximum":
        return invalid(
            t,
            path,
            label + " must be at most " + limit + shown + ".",
            "Use a value of at most " + limit + ".");
      case "exclusiveMinimum":
        return invalid(
            t,
            path,
            label + " must be greater than " + limit + shown + ".",
            "Use a value greater than " + limit + ".");
      case "minItems":
        return invalid(
            t,
            path,
            label + " must list at least " + limit + " item(s).",
            "Add the missing item(s).");
      case "maxItems":
        return invalid(
            t,
            path,
            label + " may list at most " + limit + " item(s).",
            "Remove the extra item(s).");
      case "minLength":
        return invalid(
            t,
            path,
            label + " must not be shorter than " + limit + " character(s).",
            "Write a longer value.");
      case "maxLength":
        return invalid(
            t,
            path,
            label + " is longer than " + limit + " characters.",
            "Shorten it to at most " + limit + " characters.");
      case "minProperties":
        return invalid(
            t,
            path,
            label + " must set at least " + limit + " field(s).",
            "Set one of " + Suggestions.quoted(SchemaPaths.properties(t.schemaOwner(m))) + ".");
      default:
        return invalid(
            t,
            path,
            label + " is not valid here (" + m.getType() + ").",
            "Check the descriptor reference for this field.");
    }
  }

  private static Diagnostic invalid(MessageTranslator t, String path, String summary, String hint) {
    return Diagnostic.error("invalid-value", t.place(path).value(), summary, hint);
  }
}
