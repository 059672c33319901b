package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Rule;
import dev.meshcode.policy.rule.Finding.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a violation into the diagnostic users see: coded by the rule, with the rule's severity. A
 * rule's {@code message} replaces the summary; the built-in facts then move to the detail, so
 * nothing the evaluator knew is lost.
 */
final class ViolationReport {

  private ViolationReport() {}

  static Diagnostic of(Rule rule, Violation violation) {
    Optional<String> message = rule.message().map(String::strip).filter(m -> !m.isEmpty());
    List<String> detail = new ArrayList<>();
    message.ifPresent(m -> detail.add(violation.summary()));
    if (!rule.description().isBlank()) {
      detail.add("Rule " + rule.code() + ": " + sentence(rule.description().strip()));
    }
    return new Diagnostic(
        rule.severity(),
        rule.code(),
        message.orElse(violation.summary()),
        String.join(" ", detail),
        violation.hint(),
        Optional.of(violation.location()));
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }
}
