package dev.meshcode.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The CODEOWNERS file on disk: where it is, whether it matches the generated text, and writing it.
 * Line ends are compared as {@code \n}, so a checkout with {@code core.autocrlf} is not stale.
 *
 * @param file the CODEOWNERS file
 * @param repositoryRoot the folder CODEOWNERS paths are relative to
 * @param regenerate the command that regenerates the file, run from the repository root
 */
record CodeOwnersTarget(Path file, Path repositoryRoot, String regenerate) {

  static final String DEFAULT_FILE = ".github/CODEOWNERS";

  /**
   * @param fileSetting the configured file, relative to the repository root unless absolute; empty
   *     for {@link #DEFAULT_FILE}
   * @param projectDirectory the folder of the pom that runs the goal, named in the command
   */
  static CodeOwnersTarget of(
      Path repositoryRoot, Optional<String> fileSetting, Path projectDirectory) {
    Path root = repositoryRoot.toAbsolutePath().normalize();
    Path file = root.resolve(fileSetting.orElse(DEFAULT_FILE)).normalize();
    Path project = projectDirectory.toAbsolutePath().normalize();
    String command = "mvn mesh:codeowners";
    if (!project.equals(root) && project.startsWith(root)) {
      String pom = root.relativize(project.resolve("pom.xml")).toString().replace('\\', '/');
      command = "mvn -f " + pom + " mesh:codeowners";
    }
    return new CodeOwnersTarget(file, root, command);
  }

  /** The file as the repository names it, {@code .github/CODEOWNERS}. */
  String displayName() {
    Path relative = file.startsWith(repositoryRoot) ? repositoryRoot.relativize(file) : file;
    return relative.toString().replace('\\', '/');
  }

  /** The file's text with {@code \n} line ends; empty when it does not exist. */
  Optional<String> current() throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  /** Writes {@code text} unless the file already holds it; true when it wrote. */
  boolean write(String text) throws IOException {
    if (current().filter(text::equals).isPresent()) {
      return false;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return true;
  }

  /** Why {@code current} is stale, for the BUILD FAILURE message; empty when it is up to date. */
  Optional<String> staleness(Optional<String> current, String expected) {
    if (current.isEmpty()) {
      return Optional.of(displayName() + " does not exist.");
    }
    if (current.get().equals(expected)) {
      return Optional.empty();
    }
    List<String> found = current.get().lines().toList();
    List<String> wanted = expected.lines().toList();
    int line = 0;
    while (line < found.size()
        && line < wanted.size()
        && found.get(line).equals(wanted.get(line))) {
      line++;
    }
    return Optional.of(
        displayName()
            + " differs from what the descriptors give, first at line "
            + (line + 1)
            + ": expected "
            + quoted(wanted, line)
            + ", found "
            + quoted(found, line)
            + ".");
  }

  private static String quoted(List<String> lines, int index) {
    return index < lines.size() ? "`" + lines.get(index) + "`" : "the end of the file";
  }
}
