package dev.meshcode.policy.rule;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Rule;
import java.util.List;

/** The outcome of compiling one rule: an evaluator, or the reasons the rule must be skipped. */
public sealed interface Compilation {

  record Ready(RuleEvaluator evaluator) implements Compilation {}

  record Rejected(List<Diagnostic> problems) implements Compilation {
    public Rejected {
      problems = List.copyOf(problems);
    }
  }

  static Compilation ready(RuleEvaluator evaluator) {
    return new Ready(evaluator);
  }

  /** The rule's parameters make no sense ({@code policy-invalid}), reported at the rule. */
  static Compilation invalid(Rule rule, String summary, String hint) {
    return new Rejected(
        List.of(Diagnostic.error("policy-invalid", rule.location(), summary, hint)));
  }
}
