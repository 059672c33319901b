/**
 * The Maven goals ({@code mesh:validate}, …): thin adapters over {@link
 * dev.meshcode.api.MeshCompiler}. They turn Maven parameters into compiler calls, compiler events
 * into debug log lines, diagnostics into log lines and files under {@code target/mesh}, and the
 * verdict into Maven's convention: problems the user can fix are BUILD FAILURE ({@code
 * MojoFailureException}), faults are BUILD ERROR ({@code MojoExecutionException}). May depend on
 * {@code dev.meshcode.api}, {@code render} and {@code diag}, and on the Maven API; nothing depends
 * on it.
 */
package dev.meshcode.maven;
