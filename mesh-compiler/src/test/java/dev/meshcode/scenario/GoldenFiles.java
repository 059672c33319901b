package dev.meshcode.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a checked-in file; with {@code -Dgolden.update=true} rewrites the file
 * instead, so a change of the plan format shows up as a diff in review.
 */
final class GoldenFiles {

  private GoldenFiles() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual);
        return;
      }
      assertThat(golden).as("golden file (run with -Dgolden.update=true to create)").exists();
      assertThat(actual).as(golden.toString()).isEqualTo(Files.readString(golden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
