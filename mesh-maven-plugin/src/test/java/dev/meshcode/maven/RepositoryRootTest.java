package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

  @TempDir Path tmp;

  @Test
  void prefixOf_meshInSubfolderOfCheckout_isTheSubfolderWithSlash() throws IOException {
    // GIVEN
    Files.createDirectories(tmp.resolve(".git"));
    Path mesh = Files.createDirectories(tmp.resolve("platform/mesh"));

    // WHEN / THEN
    assertThat(RepositoryRoot.prefixOf(mesh)).isEqualTo("platform/mesh/");
  }

  @Test
  void prefixOf_meshAtCheckoutRoot_isEmpty() throws IOException {
    // GIVEN a worktree, where .git is a file
    Files.writeString(tmp.resolve(".git"), "gitdir: elsewhere\n");

    // WHEN / THEN
    assertThat(RepositoryRoot.prefixOf(tmp)).isEmpty();
  }
}
