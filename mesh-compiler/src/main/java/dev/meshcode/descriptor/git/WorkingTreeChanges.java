package dev.meshcode.descriptor.git;

import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The files under the mesh root that differ between the merge base and the working tree (so local,
 * uncommitted edits count; in CI the working tree is HEAD), with renames detected.
 *
 * <p>Cheap passes first keep it fast on a large mesh: base tree against index (equal subtrees
 * skipped by id), index against working tree (trusting the index for files whose size and time did
 * not change, as {@code git status} does, so unchanged files are never hashed); then the exact diff
 * with rename detection runs on the candidate paths alone.
 */
final class WorkingTreeChanges {

  /** Tree positions in the index-against-working-tree walk. */
  private static final int INDEX = 0;

  private static final int WORK = 1;

  private WorkingTreeChanges() {}

  static List<FileChange> between(MeshRepository mesh, RevCommit base) throws IOException {
    Set<String> changed = changedPaths(mesh, base);
    if (changed.isEmpty()) {
      return List.of();
    }
    Repository repository = mesh.repository();
    List<FileChange> changes = new ArrayList<>();
    try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE);
        ObjectReader reader = repository.newObjectReader()) {
      diff.setRepository(repository);
      diff.setDetectRenames(true);
      diff.setPathFilter(PathFilterGroup.createFromStrings(changed));
      CanonicalTreeParser baseTree = new CanonicalTreeParser(null, reader, base.getTree());
      for (DiffEntry entry : diff.scan(baseTree, new FileTreeIterator(repository))) {
        toChange(mesh, entry).ifPresent(changes::add);
      }
    }
    changes.sort(Comparator.comparing(FileChange::path));
    return changes;
  }

  /**
   * The paths that may differ between base and working tree: those the index changes against the
   * base (unchanged subtrees are skipped by id), and those the working tree changes against the
   * index (files whose size and time match the index are not read). Neither pass parses the whole
   * base tree.
   */
  private static Set<String> changedPaths(MeshRepository mesh, RevCommit base) throws IOException {
    Repository repository = mesh.repository();
    DirCache index = repository.readDirCache();
    Set<String> changed = new TreeSet<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(base.getTree());
      walk.addTree(new DirCacheIterator(index));
      walk.setRecursive(true);
      walk.setFilter(underMesh(mesh, TreeFilter.ANY_DIFF));
      while (walk.next()) {
        changed.add(walk.getPathString());
      }
    }
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(new DirCacheIterator(index));
      FileTreeIterator work = new FileTreeIterator(repository);
      walk.addTree(work);
      work.setDirCacheIterator(walk, 0);
      walk.setRecursive(true);
      walk.setFilter(underMesh(mesh, new UntrackedIgnored()));
      while (walk.next()) {
        if (differs(walk)) {
          changed.add(walk.getPathString());
        }
      }
    }
    return changed;
  }

  private static TreeFilter underMesh(MeshRepository mesh, TreeFilter filter) {
    return mesh.prefix().isEmpty()
        ? filter
        : AndTreeFilter.create(PathFilter.create(mesh.prefix()), filter);
  }

  /** Whether the working tree's file differs from the index entry (tree 0 and 1). */
  private static boolean differs(TreeWalk walk) {
    int indexMode = walk.getRawMode(INDEX);
    int workMode = walk.getRawMode(WORK);
    if (FileMode.GITLINK.equals(indexMode) || FileMode.GITLINK.equals(workMode)) {
      return false;
    }
    if (indexMode == 0 || workMode == 0) {
      return indexMode != workMode;
    }
    return !walk.getObjectId(INDEX).equals(walk.getObjectId(WORK));
  }

  private static Optional<FileChange> toChange(MeshRepository mesh, DiffEntry entry) {
    Optional<String> newPath = mesh.meshPath(entry.getNewPath());
    Optional<String> oldPath = mesh.meshPath(entry.getOldPath());
    switch (entry.getChangeType()) {
      case DELETE:
        return oldPath.map(p -> new FileChange(ChangeKind.DELETED, p, p));
      case MODIFY:
        return newPath.map(p -> new FileChange(ChangeKind.MODIFIED, p, p));
      case RENAME:
        if (oldPath.isPresent() && newPath.isPresent()) {
          return Optional.of(new FileChange(ChangeKind.RENAMED, newPath.get(), oldPath.get()));
        }
        return newPath.map(p -> new FileChange(ChangeKind.ADDED, p, p));
      default:
        return newPath.map(p -> new FileChange(ChangeKind.ADDED, p, p));
    }
  }

  /** Leaves out what only the working tree has and git ignores ({@code target/}, build output). */
  private static final class UntrackedIgnored extends TreeFilter {
    @Override
    public boolean include(TreeWalk walk) throws IOException {
      if (walk.getRawMode(INDEX) != 0) {
        return true;
      }
      FileTreeIterator work = walk.getTree(WORK, FileTreeIterator.class);
      return work == null || !work.isEntryIgnored();
    }

    @Override
    public boolean shouldBeRecursive() {
      return false;
    }

    @Override
    public TreeFilter clone() {
      return this;
    }
  }
}
