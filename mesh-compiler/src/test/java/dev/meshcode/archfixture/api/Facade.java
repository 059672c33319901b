package dev.meshcode.archfixture.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A facade that reads a file itself instead of passing the Path to the loader. */
public final class Facade {

  public String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
