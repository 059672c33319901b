package dev.meshcode.descriptor.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads single files and shallow listings of one commit's tree, by mesh-relative path, without
 * walking the rest of the tree.
 */
final class BaseTree {

  /** Blobs above this size are not read: the loader's own limit is 8 MiB. */
  static final long MAX_BLOB_BYTES = 16L << 20;

  private final MeshRepository mesh;
  private final ObjectReader reader;
  private final RevCommit commit;

  BaseTree(MeshRepository mesh, ObjectReader reader, RevCommit commit) {
    this.mesh = mesh;
    this.reader = reader;
    this.commit = commit;
  }

  RevCommit commit() {
    return commit;
  }

  /** The blob id of a regular file at {@code meshPath}; empty for no file, a folder or a link. */
  Optional<ObjectId> blobId(String meshPath) throws IOException {
    try (TreeWalk walk = TreeWalk.forPath(reader, mesh.repoPath(meshPath), commit.getTree())) {
      if (walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
        return Optional.empty();
      }
      return Optional.of(walk.getObjectId(0));
    }
  }

  /** The bytes of a regular file at {@code meshPath}; empty when absent or too large. */
  Optional<byte[]> read(String meshPath) throws IOException {
    Optional<ObjectId> id = blobId(meshPath);
    return id.isPresent() ? bytes(reader, id.get()) : Optional.empty();
  }

  static Optional<byte[]> bytes(ObjectReader reader, ObjectId blob) throws IOException {
    ObjectLoader loader = reader.open(blob);
    return loader.getSize() > MAX_BLOB_BYTES ? Optional.empty() : Optional.of(loader.getBytes());
  }

  /**
   * The regular files under the folder {@code meshDir} down to {@code depth} levels (1: the
   * folder's own files), as mesh-relative paths; hidden folders and {@code target} are skipped as
   * the descriptor finder skips them.
   */
  List<String> files(String meshDir, int depth) throws IOException {
    List<String> found = new ArrayList<>();
    String repoDir = meshDir.isEmpty() ? mesh.prefix() : mesh.repoPath(meshDir);
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(false);
      int top = 0;
      if (!repoDir.isEmpty()) {
        walk.setFilter(PathFilter.create(repoDir));
        top = repoDir.split("/").length;
      }
      while (walk.next()) {
        int level = walk.getDepth() + 1 - top;
        String name = walk.getNameString();
        if (walk.isSubtree()) {
          boolean skipped = level > 0 && (name.startsWith(".") || name.equals("target"));
          if (level < depth && !skipped) {
            walk.enterSubtree();
          }
        } else if (level > 0 && (walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
          mesh.meshPath(walk.getPathString()).ifPresent(found::add);
        }
      }
    }
    return found;
  }
}
