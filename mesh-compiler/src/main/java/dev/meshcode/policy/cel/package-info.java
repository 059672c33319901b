/**
 * CEL policy rules: the compiler and runtime environment, the documented context ({@code product},
 * {@code domain}, {@code inputs}, {@code consumers}, {@code mesh}, {@code today}; see {@code
 * docs/policies-cel-context.md}) built once per product, and the evaluator that maps CEL's results
 * and errors to findings. Depends on {@code policy.rule}, {@code model}, {@code diag} and CEL.
 */
package dev.meshcode.policy.cel;
