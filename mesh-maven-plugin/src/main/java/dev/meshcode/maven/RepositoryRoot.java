package dev.meshcode.maven;

import java.nio.file.Files;
import java.nio.file.Path;

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
    Path absolute = meshRoot.toAbsolutePath().normalize();
    for (Path dir = absolute; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        String relative = dir.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
      }
    }
    return "";
  }
}
