package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Rule;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.List;
import java.util.Set;

/**
 * Every rule of the mesh, compiled.
 *
 * @param ready the rules to evaluate, in policy and rule order
 * @param problems why the other rules were skipped ({@code policy-invalid}, {@code cel-compile})
 * @param codes the codes of all rules, skipped ones included: what a waiver may name
 * @param skipped codes of skipped rules, whose waivers cannot be judged used or unused
 */
record CompiledRules(
    List<Compiled> ready, List<Diagnostic> problems, Set<String> codes, Set<String> skipped) {

  CompiledRules {
    ready = List.copyOf(ready);
    problems = List.copyOf(problems);
    codes = Set.copyOf(codes);
    skipped = Set.copyOf(skipped);
  }

  record Compiled(Rule rule, RuleEvaluator evaluator) {}
}
