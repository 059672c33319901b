/**
 * Harnesses that print speed and memory figures for the compiler; run on demand, never as timed
 * tests. Depends on {@code mesh-compiler}'s {@code api} facade (and its {@code diag} values) only,
 * so a benchmark measures exactly what the Maven plugin runs. Printing to standard output is this
 * package's purpose.
 */
package dev.meshcode.benchmarks;
