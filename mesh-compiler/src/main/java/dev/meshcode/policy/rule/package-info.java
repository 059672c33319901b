/**
 * The contract between the policy engine and the rule kinds: {@link
 * dev.meshcode.policy.rule.RuleEvaluator} (one compiled rule, judging one product at a time), what
 * it finds, how compiling a rule can fail, and the mesh-wide facts evaluators share ({@link
 * dev.meshcode.policy.rule.MeshIndex}). Depends on {@code model}, {@code diag} and the JDK only.
 */
package dev.meshcode.policy.rule;
