/**
 * Governance: evaluates the mesh's {@code Policy} rules (built-in kinds and CEL expressions) over
 * every selected product, honours waivers, and reports violations as diagnostics. Pure: depends on
 * {@code model}, {@code diag} and CEL.
 */
package dev.meshcode.policy;
