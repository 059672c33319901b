package dev.meshcode.schema;

import dev.meshcode.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one schema: the parsed form unless an error was found, and every problem
 * (warnings may come with a parsed schema).
 */
public record SchemaParse(Optional<ParsedSchema> schema, List<Diagnostic> diagnostics) {

  public SchemaParse {
    diagnostics = List.copyOf(diagnostics);
  }

  static SchemaParse failed(List<Diagnostic> diagnostics) {
    return new SchemaParse(Optional.empty(), diagnostics);
  }
}
