/**
 * Review rules: what a pull request changes in the mesh, judged against the base branch (breaking
 * schema changes, lifecycle, immutable attributes), and the review a reviewer reads.
 *
 * <p>Pure: works on two {@link dev.meshcode.model.Mesh} revisions and the file changes between
 * them; git itself is read by {@code descriptor.git}. Depends on {@code model}, {@code diag},
 * {@code compat} and {@code check}.
 */
package dev.meshcode.review;
