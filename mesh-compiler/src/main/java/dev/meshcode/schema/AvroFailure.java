package dev.meshcode.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaSource;
import java.util.List;
import java.util.Optional;

/**
 * Why Avro rejected a text, sorted into the cases users fix differently: broken JSON (with its line
 * and column), a type name that is defined nowhere (a typo of a primitive, or a missing reference),
 * and everything else Avro checks (field names, defaults, duplicates).
 */
sealed interface AvroFailure {

  List<String> PRIMITIVES =
      List.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");

  Diagnostic report(SchemaSource source, String whose);

  /** Avro's message for an empty text is "Cannot parse <null> schema"; say it plainly. */
  static AvroFailure empty() {
    return new Invalid("the file is empty");
  }

  static AvroFailure of(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException j) {
        return new BadJson(ParserMessages.clean(j.getOriginalMessage()), j);
      }
    }
    String message = ParserMessages.of(e);
    for (String prefix : List.of("Undefined schema: ", "Undefined name: ")) {
      if (message.startsWith(prefix)) {
        return new UndefinedName(message.substring(prefix.length()).replace("\"", "").strip());
      }
    }
    return new Invalid(message);
  }

  private static String prefix(SchemaSource source, String whose) {
    return "Avro schema " + source.file() + " (" + whose + ")";
  }

  /** Not JSON at all. */
  record BadJson(String message, JsonProcessingException cause) implements AvroFailure {
    @Override
    public Diagnostic report(SchemaSource source, String whose) {
      var at = cause.getLocation();
      SourceLocation where =
          at == null
              ? SourceLocation.ofFile(source.file())
              : TextPositions.lineColumn(source.file(), at.getLineNr(), at.getColumnNr());
      return Diagnostic.error(
          SchemaCodes.INVALID_AVRO,
          where,
          prefix(source, whose) + " is not valid JSON: " + ParserMessages.firstLine(message) + ".",
          "Fix the JSON syntax at this position (a missing comma, quote or bracket is usual).");
    }
  }

  /** A type used by name that the file does not define and no reference provides. */
  record UndefinedName(String fullName) implements AvroFailure {
    @Override
    public Diagnostic report(SchemaSource source, String whose) {
      String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
      SourceLocation where =
          TextPositions.find(source.file(), source.text(), "\"" + fullName + "\"")
              .or(() -> TextPositions.find(source.file(), source.text(), "\"" + simple + "\""))
              .orElse(SourceLocation.ofFile(source.file()));
      Optional<String> primitive = DidYouMean.closest(simple, PRIMITIVES);
      if (primitive.isPresent()) {
        return Diagnostic.error(
            SchemaCodes.INVALID_AVRO,
            where,
            prefix(source, whose) + " uses unknown type '" + simple + "'.",
            "Did you mean '" + primitive.get() + "'?");
      }
      return Diagnostic.error(
          SchemaCodes.REFERENCE_MISSING,
          where,
          prefix(source, whose) + " uses type '" + fullName + "', which it does not define.",
          "Define the type in this file, or declare the file that defines it under the schema's"
              + " 'references' (name: "
              + fullName
              + ").");
    }
  }

  /** Valid JSON that Avro rejects; Avro gives no position. */
  record Invalid(String message) implements AvroFailure {
    @Override
    public Diagnostic report(SchemaSource source, String whose) {
      return Diagnostic.error(
              SchemaCodes.INVALID_AVRO,
              SourceLocation.ofFile(source.file()),
              prefix(source, whose) + " is invalid: " + ParserMessages.firstLine(message) + ".",
              "Fix the schema; the Avro specification lists what each type requires.")
          .withDetail(message.contains("\n") ? message : "");
    }
  }
}
