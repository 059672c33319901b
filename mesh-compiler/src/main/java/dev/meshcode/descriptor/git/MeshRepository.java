package dev.meshcode.descriptor.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository that holds a mesh, and where the mesh sits in it: the mesh root may be a
 * sub-folder (a mesh beside application code), and every path the review shows is relative to the
 * mesh root, not to the repository.
 *
 * @param prefix the mesh root relative to the working tree, with {@code /}; empty at the top
 */
record MeshRepository(Repository repository, String prefix) implements AutoCloseable {

  /** The repository whose working tree encloses {@code meshRoot}; empty when there is none. */
  static Optional<MeshRepository> open(Path meshRoot) throws IOException {
    Path root = meshRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    Repository repository = builder.setMustExist(true).build();
    if (repository.isBare()) {
      repository.close();
      return Optional.empty();
    }
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    Path realRoot = root.toRealPath();
    if (!realRoot.startsWith(workTree)) {
      repository.close();
      return Optional.empty();
    }
    String prefix = workTree.relativize(realRoot).toString().replace('\\', '/');
    return Optional.of(new MeshRepository(repository, prefix));
  }

  /** The repository path of a path relative to the mesh root. */
  String repoPath(String meshPath) {
    return prefix.isEmpty() ? meshPath : prefix + "/" + meshPath;
  }

  /** The mesh-relative path of a repository path; empty when it lies outside the mesh root. */
  Optional<String> meshPath(String repoPath) {
    if (prefix.isEmpty()) {
      return Optional.of(repoPath);
    }
    return repoPath.startsWith(prefix + "/")
        ? Optional.of(repoPath.substring(prefix.length() + 1))
        : Optional.empty();
  }

  boolean isShallow() throws IOException {
    return !repository.getObjectDatabase().getShallowCommits().isEmpty();
  }

  @Override
  public void close() {
    repository.close();
  }
}
