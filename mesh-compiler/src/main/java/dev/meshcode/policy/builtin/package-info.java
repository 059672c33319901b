/**
 * The built-in rule kinds of {@code Policy} documents, one small {@link
 * dev.meshcode.policy.rule.RuleEvaluator} each (naming, requiredMetadata, allowedValues,
 * topicRanges, durability, compatibility, inputQuality, sensitiveData). Each states the facts of a
 * violation (product, value, limit) and points at the exact field. Depends on {@code policy.rule},
 * {@code model}, {@code diag} and the JDK only.
 */
package dev.meshcode.policy.builtin;
