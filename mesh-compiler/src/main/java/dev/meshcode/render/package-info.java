/**
 * Renders results for people and tools: diagnostics as console text, the {@code diagnostics.json}
 * contract and SARIF 2.1.0; plans as Terraform-style text, a pull-request Markdown comment and the
 * {@code plan.json} contract (written and read back); the mesh's ownership as a {@code CODEOWNERS}
 * file. Pure: every renderer returns a String or writes to an {@link java.lang.Appendable}, never
 * to a file, and the same input gives byte-identical output (no timestamps, sorted input, {@code
 * \n} line ends on every platform). Depends on {@code diag}, {@code model}, {@code resource},
 * {@code state}, {@code plan} and Jackson.
 */
package dev.meshcode.render;
