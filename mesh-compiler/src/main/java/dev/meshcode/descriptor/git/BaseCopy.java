package dev.meshcode.descriptor.git;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The picked base files written under the system's temporary folder, for the descriptor loader,
 * which reads files; deleted on close, so nothing is left behind even when loading fails.
 */
final class BaseCopy implements AutoCloseable {

  private final Path root;

  private BaseCopy(Path root) {
    this.root = root;
  }

  static BaseCopy write(Map<String, byte[]> files) throws IOException {
    BaseCopy copy = new BaseCopy(Files.createTempDirectory("meshcode-base-"));
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        copy.put(file.getKey(), file.getValue());
      }
    } catch (IOException | RuntimeException e) {
      copy.close();
      throw e;
    }
    return copy;
  }

  /** Writes one file; a path this system cannot name is left out, and the loader misses it. */
  private void put(String file, byte[] bytes) throws IOException {
    Path target;
    try {
      target = root.resolve(file).normalize();
    } catch (InvalidPathException e) {
      return;
    }
    if (target.startsWith(root)) {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    }
  }

  Path root() {
    return root;
  }

  /**
   * Deletes the copy. Best effort: a file that cannot be deleted (a virus scanner holding it) must
   * not turn a finished read into a failure; what remains is under the temporary folder.
   */
  @Override
  public void close() {
    try {
      delete();
    } catch (IOException e) {
      // Left for the system's temporary-folder cleanup; see above.
    }
  }

  private void delete() throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
