package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.MeshSettings;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the descriptor files of a mesh: every {@code *.yaml} / {@code *.yml} under the folders of
 * {@code include}, sorted by path, skipping hidden folders and {@code target}. Symbolic links to
 * folders are not followed.
 */
final class DescriptorFinder {

  /** The files found, sorted by name, and problems with the include list. */
  record Found(List<FoundFile> files, List<Diagnostic> problems) {}

  /**
   * A file the walk found, with what the walk already knows of it, so reading it needs no second
   * look at the file system.
   *
   * @param name relative to the mesh root, with {@code /}
   * @param size in bytes, as the walk saw it
   * @param regular a regular file, not a link: it cannot lead outside the repository, since the
   *     walk follows no link
   */
  record FoundFile(Path path, String name, long size, boolean regular) {}

  private final FileResolver files;

  DescriptorFinder(FileResolver files) {
    this.files = files;
  }

  Found find(MeshSettings settings, Path meshFile) {
    TreeMap<String, FoundFile> found = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    boolean explicit = settings.origin().fields().containsKey("include");
    for (int i = 0; i < settings.include().size(); i++) {
      String folder = settings.include().get(i);
      SourceLocation at = settings.origin().locate("include/" + i);
      Optional<Path> dir = files.resolve(files.root(), folder);
      if (dir.isEmpty()) {
        problems.add(
            Diagnostic.error(
                "path-outside-repo",
                at,
                "The include folder `" + folder + "` is outside the mesh repository.",
                "Name folders relative to mesh.yaml, inside the repository."));
      } else if (!Files.isDirectory(dir.get())) {
        if (explicit) {
          problems.add(
              Diagnostic.warning(
                  "include-missing",
                  at,
                  "The include folder `" + folder + "` does not exist.",
                  "Create the folder or remove it from `include`."));
        }
      } else {
        walk(dir.get(), found, problems);
      }
    }
    found.values().removeIf(f -> f.path().equals(meshFile));
    return new Found(List.copyOf(found.values()), problems);
  }

  private void walk(Path dir, TreeMap<String, FoundFile> found, List<Diagnostic> problems) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              String name = d.getFileName() == null ? "" : d.getFileName().toString();
              boolean skip = !d.equals(dir) && (name.startsWith(".") || name.equals("target"));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String name = f.getFileName().toString();
              if (!name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                String relative = files.relative(f);
                boolean regular = attrs.isRegularFile() && !attrs.isSymbolicLink();
                found.put(relative, new FoundFile(f, relative, attrs.size(), regular));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.add(unreadable(files.relative(f)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(unreadable(files.relative(dir)));
    }
  }

  private static Diagnostic unreadable(String name) {
    return Diagnostic.error(
        "file-unreadable",
        SourceLocation.ofFile(name),
        "`" + name + "` could not be read.",
        "Check the file's permissions.");
  }
}
