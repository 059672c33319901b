package dev.meshcode.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to the user.
 *
 * @param severity error, warning or info
 * @param code stable, documented identifier such as {@code unknown-field} or, for a policy rule,
 *     {@code policy-name/rule-id}; users search docs and waive rules by it
 * @param summary one sentence saying what is wrong, naming the thing
 * @param detail more context; empty when the summary says it all
 * @param hint what to do about it; empty only when there is truly nothing to suggest
 * @param location where; empty only for problems that belong to no file (a missing mesh directory)
 */
public record Diagnostic(
    Severity severity,
    String code,
    String summary,
    String detail,
    String hint,
    Optional<SourceLocation> location) {

  /** Errors first, then by file, line and column, then by code: the order every output uses. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::severity)
          .thenComparing(d -> d.location().orElse(SourceLocation.ofFile("")))
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::summary);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(location, "location");
  }

  public static Diagnostic error(String code, SourceLocation at, String summary, String hint) {
    return new Diagnostic(Severity.ERROR, code, summary, "", hint, Optional.of(at));
  }

  public static Diagnostic warning(String code, SourceLocation at, String summary, String hint) {
    return new Diagnostic(Severity.WARNING, code, summary, "", hint, Optional.of(at));
  }

  public Diagnostic withDetail(String newDetail) {
    return new Diagnostic(severity, code, summary, newDetail, hint, location);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, code, summary, detail, hint, location);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
