/**
 * Renders results for people and tools: console text, the {@code diagnostics.json} contract and
 * SARIF 2.1.0. Pure: every renderer returns a String or writes to an {@link java.lang.Appendable},
 * never to a file, and the same input gives byte-identical output (no timestamps, sorted input,
 * {@code \n} line ends on every platform). Depends on {@code diag}, {@code model} and Jackson.
 */
package dev.meshcode.render;
