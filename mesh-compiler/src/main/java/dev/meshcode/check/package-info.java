/**
 * Whole-mesh consistency checks that no single descriptor can see: duplicate names, topics and
 * subjects; references to domains, owners and inputs; cycles in lineage. Pure: depends on {@code
 * model} and {@code diag} only.
 */
package dev.meshcode.check;
