package dev.meshcode.descriptor.git;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Mesh-relative paths with {@code /}, as descriptors write them and as git stores them. */
final class MeshPaths {

  private MeshPaths() {}

  /**
   * {@code written} resolved against the folder {@code dir} (both relative to the mesh root) and
   * normalised; empty when it is absolute or leaves the mesh root, which the loader refuses too.
   */
  static Optional<String> resolve(String dir, String written) {
    String path = written.replace('\\', '/');
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      return Optional.empty();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (dir.isEmpty() ? path : dir + "/" + path).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /** The folder of a mesh-relative file path; empty at the mesh root. */
  static String folder(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  static boolean isDescriptor(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }
}
