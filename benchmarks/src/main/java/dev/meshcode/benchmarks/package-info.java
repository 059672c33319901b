/**
 * Harnesses that print speed and memory figures for the compiler; run on demand, never as timed
 * tests. They call {@code mesh-compiler}'s {@code api} facade and read only its report values
 * ({@code diag}, {@code plan}, {@code apply}), so a benchmark measures exactly what the Maven
 * plugin runs. {@code PlanApplyBenchmark} also uses {@code mesh-sandbox}'s launchers to start the
 * real servers it measures against, and finds the providers through {@code ServiceLoader} like the
 * plugin does. Printing to standard output is this package's purpose.
 */
package dev.meshcode.benchmarks;
