package dev.meshcode.descriptor;

import com.networknt.schema.ValidationMessage;
import dev.meshcode.diag.Diagnostic;

/**
 * Words the validator's range and size messages ({@code minimum}, {@code minItems}, {@code
 * maxLength}, …); any other keyword falls back to a generic {@code invalid-value}.
 */
final class Bounds {

  private Bounds() {}

  static Diagnostic describe(ValidationMessage m, String path, MessageTranslator t) {
    String limit = String.valueOf(m.getArguments() == null ? "" : m.getArguments()[0]);
    String label = "`" + Wording.label(path) + "`";
    switch (m.getType()) {
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
        return range(m, path, t, label, limit);
      case "minProperties":
        return invalid(
            t,
            path,
            label + " must set at least " + limit + " field(s).",
            "Set one of " + QuotedWords.quoted(SchemaPaths.properties(t.schemaOwner(m))) + ".");
      default:
        return size(m, path, t, label, limit);
    }
  }

  private static Diagnostic range(
      ValidationMessage m, String path, MessageTranslator t, String label, String limit) {
    String shown =
        Wording.secret(path) ? "" : ", but it is " + t.valueAt(m.getInstanceLocation()).asText();
    String bound =
        m.getType().equals("minimum")
            ? "at least "
            : m.getType().equals("maximum") ? "at most " : "greater than ";
    return invalid(
        t,
        path,
        label + " must be " + bound + limit + shown + ".",
        "Use a value " + bound + limit + ".");
  }

  private static Diagnostic size(
      ValidationMessage m, String path, MessageTranslator t, String label, String limit) {
    switch (m.getType()) {
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
