/**
 * Reads the base revision of a mesh from git (JGit, no {@code git} binary): the merge base of
 * {@code HEAD} and a base ref, the files changed since (working tree included, renames detected),
 * the base mesh loaded from the few files a review needs, and the earlier versions of schema files.
 *
 * <p>Entry point: {@link dev.meshcode.descriptor.git.GitBaseReader}. Depends on {@code diag},
 * {@code model}, {@code review} (the {@link dev.meshcode.review.BaseRevision} it produces), the
 * {@link dev.meshcode.descriptor.DescriptorLoader} (which loads the materialised base), SnakeYAML
 * and JGit. Nothing but {@code api} should depend on it.
 *
 * <p>Invariants: no repository state makes it throw, every problem is a diagnostic with a hint; the
 * whole base tree is never read: only {@code mesh.yaml}, the descriptors near the include folders'
 * tops (domains, policies, environments), the changed descriptors and the files they reference, so
 * a review of a large mesh costs what the change costs; the temporary copy of the base is deleted
 * before {@code read} returns.
 */
package dev.meshcode.descriptor.git;
