package dev.meshcode.archfixture.model;

import dev.meshcode.archfixture.check.CycleCheck;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model record that reads files and depends on a later stage: breaks three rules. */
public record LeakyRecord(Path file) {

  public boolean exists() {
    return Files.exists(file);
  }

  public CycleCheck checker() {
    return new CycleCheck();
  }
}
