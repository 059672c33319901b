package dev.meshcode.policy.rule;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;

/** What evaluating a rule on one product found: a breach of the rule, or a fault of the rule. */
public sealed interface Finding {

  /**
   * The product breaks the rule. The engine turns it into a diagnostic with the rule's code and
   * severity, and a waiver may excuse it.
   *
   * @param summary the built-in facts: names the product, the value and the limit
   * @param hint what the product's owner should change
   * @param location the exact field that breaks the rule
   */
  record Violation(String summary, String hint, SourceLocation location) implements Finding {}

  /**
   * The rule itself could not be judged (a CEL expression failed at run time); reported as is and
   * never waivable, since it is the policy's author who must act.
   */
  record Fault(Diagnostic diagnostic) implements Finding {}
}
