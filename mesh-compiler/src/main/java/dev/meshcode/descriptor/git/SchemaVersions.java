package dev.meshcode.descriptor.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The earlier versions of one file in the history reachable from the merge base, following renames
 * as {@code git log --follow} does: a walk of the commits that change the path; where a commit
 * creates the path, rename detection against its parent tells whether to go on with an older path.
 */
final class SchemaVersions {

  /** Texts oldest first (the merge base's last), and how many versions were not text. */
  record Versions(List<String> texts, int binary) {}

  /** A bound on renames followed, against pathological histories. */
  private static final int MAX_RENAMES = 64;

  private final Repository repository;
  private final ObjectReader reader;

  SchemaVersions(Repository repository, ObjectReader reader) {
    this.repository = repository;
    this.reader = reader;
  }

  /**
   * @param repoPath the file's path at {@code mergeBase}, relative to the repository
   */
  Versions of(RevCommit mergeBase, String repoPath) throws IOException {
    Set<ObjectId> newestFirst = new LinkedHashSet<>();
    blob(mergeBase, repoPath).ifPresent(newestFirst::add);
    List<RevCommit> starts = List.of(mergeBase);
    String path = repoPath;
    for (int renames = 0; renames <= MAX_RENAMES && !starts.isEmpty(); renames++) {
      Optional<Continue> next = walk(starts, path, newestFirst);
      if (next.isEmpty()) {
        break;
      }
      starts = next.get().parents();
      path = next.get().path();
    }
    List<ObjectId> ids = new ArrayList<>(newestFirst);
    Collections.reverse(ids);
    List<String> texts = new ArrayList<>();
    int binary = 0;
    for (ObjectId id : ids) {
      Optional<String> text = BaseTree.bytes(reader, id).flatMap(TextBlobs::decode);
      if (text.isPresent()) {
        texts.add(text.get());
      } else {
        binary++;
      }
    }
    return new Versions(List.copyOf(texts), binary);
  }

  /** Where the history goes on after a rename: the renaming commit's parents and the old path. */
  private record Continue(List<RevCommit> parents, String path) {}

  private Optional<Continue> walk(List<RevCommit> starts, String path, Set<ObjectId> into)
      throws IOException {
    try (RevWalk walk = new RevWalk(reader);
        RevWalk plain = new RevWalk(reader)) {
      walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
      for (RevCommit start : starts) {
        walk.markStart(walk.parseCommit(start));
      }
      for (RevCommit commit : walk) {
        Optional<ObjectId> blob = blob(commit, path);
        blob.ifPresent(into::add);
        RevCommit real = plain.parseCommit(commit);
        if (blob.isPresent() && real.getParentCount() > 0 && absentInParents(plain, real, path)) {
          Optional<String> old = renamedFrom(plain.parseCommit(real.getParent(0)), real, path);
          if (old.isPresent()) {
            List<RevCommit> parents = new ArrayList<>();
            for (RevCommit parent : real.getParents()) {
              parents.add(plain.parseCommit(parent));
            }
            return Optional.of(new Continue(parents, old.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean absentInParents(RevWalk plain, RevCommit commit, String path) throws IOException {
    for (RevCommit parent : commit.getParents()) {
      if (blob(plain.parseCommit(parent), path).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private Optional<String> renamedFrom(RevCommit parent, RevCommit commit, String path)
      throws IOException {
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(parent.getTree());
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      walk.setFilter(TreeFilter.ANY_DIFF);
      RenameDetector renames = new RenameDetector(repository);
      renames.addAll(DiffEntry.scan(walk));
      for (DiffEntry entry : renames.compute(reader, NullProgressMonitor.INSTANCE)) {
        if (entry.getChangeType() == DiffEntry.ChangeType.RENAME
            && entry.getNewPath().equals(path)) {
          return Optional.of(entry.getOldPath());
        }
      }
    } catch (CanceledException e) {
      // Not cancellable here (no monitor cancels); treat as "not renamed".
    }
    return Optional.empty();
  }

  private Optional<ObjectId> blob(RevCommit commit, String path) throws IOException {
    try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
      if (walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
        return Optional.empty();
      }
      return Optional.of(walk.getObjectId(0));
    }
  }
}
