package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/render/}. Run the tests with {@code
 * -Dgolden.update=true} to rewrite the files instead; reviewers then see output changes as diffs.
 */
final class GoldenFiles {

  private static final Path ROOT = Path.of("src", "test", "resources", "render");

  private GoldenFiles() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = ROOT.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s is missing; run with -Dgolden.update=true to create it", file)
        .exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("%s differs; if the change is intended, run with -Dgolden.update=true", file)
        .isEqualTo(expected);
  }
}
