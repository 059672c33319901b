/**
 * Review rules: what a pull request changes in the mesh, judged against the base branch (breaking
 * schema changes, lifecycle, immutable attributes), and the review a reviewer reads. The entry
 * point is {@link dev.meshcode.review.ReviewRules#review}; {@code render.ReviewMarkdown} turns its
 * result into the pull-request comment.
 *
 * <p>Pure: works on two {@link dev.meshcode.model.Mesh} revisions and the file changes between
 * them; git itself is read by {@code descriptor.git}. Depends on {@code model}, {@code diag} and
 * {@code compat} (the judge is passed in).
 */
package dev.meshcode.review;
