package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.builtin.AllowedValuesEvaluator;
import dev.meshcode.policy.builtin.CompatibilityEvaluator;
import dev.meshcode.policy.builtin.DurabilityEvaluator;
import dev.meshcode.policy.builtin.InputQualityEvaluator;
import dev.meshcode.policy.builtin.NamingEvaluator;
import dev.meshcode.policy.builtin.RequiredMetadataEvaluator;
import dev.meshcode.policy.builtin.SensitiveDataEvaluator;
import dev.meshcode.policy.builtin.TopicRangesEvaluator;
import dev.meshcode.policy.cel.CelContext;
import dev.meshcode.policy.cel.CelRuleEvaluator;
import dev.meshcode.policy.rule.Compilation;
import dev.meshcode.policy.rule.Compilation.Ready;
import dev.meshcode.policy.rule.Compilation.Rejected;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compiles each rule once, choosing the evaluator for its check kind. */
final class RuleCompiler {

  private final CelContext celContext;

  RuleCompiler(CelContext celContext) {
    this.celContext = celContext;
  }

  CompiledRules compile(List<PolicySpec> policies) {
    List<CompiledRules.Compiled> ready = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> skipped = new HashSet<>();
    for (PolicySpec policy : policies) {
      for (Rule rule : policy.rules()) {
        codes.add(rule.code());
        Compilation compiled = compile(rule);
        if (compiled instanceof Ready r) {
          ready.add(new CompiledRules.Compiled(rule, r.evaluator()));
        } else if (compiled instanceof Rejected r) {
          problems.addAll(r.problems());
          skipped.add(rule.code());
        }
      }
    }
    return new CompiledRules(ready, problems, codes, skipped);
  }

  private Compilation compile(Rule rule) {
    RuleCheck check = rule.check();
    if (check instanceof RuleCheck.Naming c) {
      return NamingEvaluator.compile(rule, c);
    } else if (check instanceof RuleCheck.RequiredMetadata c) {
      return RequiredMetadataEvaluator.compile(rule, c);
    } else if (check instanceof RuleCheck.AllowedValues c) {
      return AllowedValuesEvaluator.compile(rule, c);
    } else if (check instanceof RuleCheck.TopicRanges c) {
      return TopicRangesEvaluator.compile(rule, c);
    } else if (check instanceof RuleCheck.Durability c) {
      return Compilation.ready(new DurabilityEvaluator(c));
    } else if (check instanceof RuleCheck.CompatibilityLevels c) {
      return Compilation.ready(new CompatibilityEvaluator(c));
    } else if (check instanceof RuleCheck.InputQuality c) {
      return Compilation.ready(new InputQualityEvaluator(c));
    } else if (check instanceof RuleCheck.SensitiveData c) {
      return Compilation.ready(new SensitiveDataEvaluator(c));
    } else if (check instanceof RuleCheck.Cel c) {
      return CelRuleEvaluator.compile(rule, c, celContext);
    }
    throw new IllegalStateException("unhandled rule kind " + check.getClass().getSimpleName());
  }
}
