package dev.meshcode.render;

import java.util.Locale;

/**
 * Writes a file path as a CODEOWNERS pattern that matches exactly that file.
 *
 * <p>CODEOWNERS patterns follow gitignore, with GitHub's exceptions: {@code [ ]} ranges are a
 * syntax error there, and a {@code #} cannot be reliably escaped (GitHub documents that escaping it
 * does not work). Spaces, {@code *}, {@code ?} and {@code \} are escaped with a backslash, which
 * GitHub and GitLab both honour; paths with {@code #}, brackets or control characters cannot be
 * expressed and are reported instead of being written as a pattern that matches something else.
 */
final class CodeOwnersPaths {

  private CodeOwnersPaths() {}

  static boolean expressible(String file) {
    return file.chars()
        .noneMatch(c -> c == '#' || c == '[' || c == ']' || Character.isISOControl(c));
  }

  /** {@code /prefix/file}, anchored at the repository root, special characters escaped. */
  static String pattern(String repositoryPrefix, String file) {
    String path = repositoryPrefix + file;
    StringBuilder out = new StringBuilder("/");
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == ' ' || c == '*' || c == '?' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The path for a message, control characters shown as {@code \\uXXXX}. */
  static String printable(String file) {
    StringBuilder out = new StringBuilder();
    file.chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }
}
