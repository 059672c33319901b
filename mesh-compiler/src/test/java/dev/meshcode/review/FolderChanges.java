package dev.meshcode.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The file changes between two mesh folders, as git would report them: a file only in the head is
 * added, only in the base deleted, in both with other bytes modified; a deleted and an added file
 * with the same bytes are one rename.
 */
final class FolderChanges {

  private FolderChanges() {}

  static List<FileChange> between(Path base, Path head) {
    Map<String, byte[]> before = files(base);
    Map<String, byte[]> after = files(head);
    List<String> deleted = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<FileChange> changes = new ArrayList<>();
    before.forEach(
        (path, bytes) -> {
          if (!after.containsKey(path)) {
            deleted.add(path);
          } else if (!Arrays.equals(bytes, after.get(path))) {
            changes.add(new FileChange(ChangeKind.MODIFIED, path, path));
          }
        });
    after.keySet().stream().filter(p -> !before.containsKey(p)).forEach(added::add);
    for (String path : List.copyOf(added)) {
      deleted.stream()
          .filter(d -> Arrays.equals(before.get(d), after.get(path)))
          .findFirst()
          .ifPresent(
              from -> {
                deleted.remove(from);
                added.remove(path);
                changes.add(new FileChange(ChangeKind.RENAMED, path, from));
              });
    }
    added.forEach(p -> changes.add(new FileChange(ChangeKind.ADDED, p, p)));
    deleted.forEach(p -> changes.add(new FileChange(ChangeKind.DELETED, p, p)));
    changes.sort(Comparator.comparing(FileChange::path));
    return changes;
  }

  /** The base text of a head file, following a rename, as a one-version history. */
  static SchemaHistory history(Path base, List<FileChange> changes) {
    return file -> {
      String basePath =
          changes.stream()
              .filter(c -> c.path().equals(file))
              .map(FileChange::basePath)
              .findFirst()
              .orElse(file);
      Path at = base.resolve(basePath);
      try {
        return Files.isRegularFile(at) ? List.of(Files.readString(at)) : List.of();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
