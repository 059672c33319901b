package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the files a descriptor names (schemas, SQL), relative to the descriptor's own folder, and
 * reports a missing or escaping path at the line that names it.
 */
final class ReferencedFiles {

  /** A file that was read: its path relative to the mesh root, and its text. */
  record Loaded(String file, String text) {}

  private final FileResolver files;

  ReferencedFiles(FileResolver files) {
    this.files = files;
  }

  /**
   * @param missingCode the diagnostic code for a file that does not exist
   * @param what the file's role in words, for messages: "schema file", "SQL file"
   */
  Optional<Loaded> read(Fields owner, String key, String missingCode, String what) {
    String written = owner.text(key);
    Optional<Path> resolved = files.resolve(owner.source().dir(), written);
    if (resolved.isEmpty()) {
      owner.problem(
          Diagnostic.error(
              "path-outside-repo",
              owner.at(key),
              "The " + what + " `" + written + "` is outside the mesh repository.",
              "Keep the file inside the repository and name it relative to `"
                  + owner.source().file()
                  + "`."));
      return Optional.empty();
    }
    String relative = files.relative(resolved.get());
    FileResolver.Read read = files.readReferenced(resolved.get());
    if (read instanceof FileResolver.Read.Text text) {
      return Optional.of(new Loaded(relative, text.text()));
    }
    if (read instanceof FileResolver.Read.Failed failed) {
      owner.problem(failed.problem());
      return Optional.empty();
    }
    owner.problem(
        Diagnostic.error(
            missingCode,
            owner.at(key),
            "The " + what + " `" + written + "` does not exist (looked for `" + relative + "`).",
            "Create the file or fix the path; it is relative to the folder of `"
                + owner.source().file()
                + "`."));
    return Optional.empty();
  }
}
