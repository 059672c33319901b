package dev.meshcode.descriptor.git;

import dev.meshcode.diag.Diagnostic;
import java.io.IOException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Finds the commit a review compares with: the merge base of HEAD and the base ref, as {@code git
 * merge-base HEAD <ref>} would, so commits that landed on the base branch after the fork do not
 * show as changes of the pull request.
 */
final class MergeBase {

  /** The merge base, or the problem that prevents finding one. */
  sealed interface Found {
    record Commit(RevCommit commit) implements Found {}

    record Problem(Diagnostic problem) implements Found {}
  }

  private MergeBase() {}

  static Found find(MeshRepository mesh, String baseRef) throws IOException {
    Repository repository = mesh.repository();
    ObjectId head = repository.resolve("HEAD^{commit}");
    if (head == null) {
      return new Found.Problem(GitProblems.noHead());
    }
    ObjectId base;
    try {
      base = repository.resolve(baseRef + "^{commit}");
    } catch (AmbiguousObjectException | RevisionSyntaxException | IncorrectObjectTypeException e) {
      return new Found.Problem(GitProblems.baseRefAmbiguous(baseRef));
    }
    if (base == null) {
      return new Found.Problem(GitProblems.baseRefMissing(baseRef, mesh.isShallow()));
    }
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(head));
      walk.markStart(walk.parseCommit(base));
      RevCommit found = walk.next();
      if (found != null) {
        return new Found.Commit(found);
      }
    }
    return new Found.Problem(
        mesh.isShallow()
            ? GitProblems.shallowClone(baseRef)
            : GitProblems.noCommonAncestor(baseRef));
  }
}
