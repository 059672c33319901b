/**
 * Whole-mesh consistency checks that no single descriptor can see: duplicate names, topics and
 * subjects; references to domains, owners, inputs and replacements; lifecycle of inputs; cycles in
 * lineage; topic settings no broker can honour. {@link dev.meshcode.check.ReferenceChecker} is the
 * entry point and {@link dev.meshcode.check.CheckCodes} lists the diagnostic codes.
 *
 * <p>Pure and linear in the size of the mesh: every lookup goes through maps built once, and the
 * cycle search is iterative, so a lineage chain of any depth cannot overflow the stack. Depends on
 * {@code model} and {@code diag} only.
 */
package dev.meshcode.check;
