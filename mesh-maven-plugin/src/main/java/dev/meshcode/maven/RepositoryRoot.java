package dev.meshcode.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the mesh sits inside its git checkout. SARIF paths are relative to the checkout root
 * ({@code %SRCROOT%}), while diagnostics are relative to the mesh root; a mesh in a sub-folder
 * (like {@code example-mesh-repo/}) needs that folder as a prefix for code scanning to find the
 * file.
 */
final class RepositoryRoot {

  private RepositoryRoot() {}

  /** {@code example-mesh-repo/}, or empty when the mesh is the checkout root or not in git. */
  static String prefixOf(Path meshRoot) {
    return find(meshRoot).map(root -> prefix(root, meshRoot)).orElse("");
  }

  /**
   * The nearest folder at or above {@code meshRoot} that holds {@code .git} (a folder in a clone, a
   * file in a worktree or submodule); empty when the mesh is not in git.
   */
  static Optional<Path> find(Path meshRoot) {
    for (Path dir = meshRoot.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** {@code meshRoot} relative to {@code repositoryRoot} with a trailing {@code /}, or empty. */
  static String prefix(Path repositoryRoot, Path meshRoot) {
    Path absolute = meshRoot.toAbsolutePath().normalize();
    String relative = repositoryRoot.toAbsolutePath().normalize().relativize(absolute).toString();
    relative = relative.replace('\\', '/');
    return relative.isEmpty() ? "" : relative + "/";
  }
}
