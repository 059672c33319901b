package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's own decisions; whole builds are covered by the invoker tests under src/it. */
class ValidateMojoTest {

  @TempDir Path tmp;

  private ValidateMojo mojo(Path meshDirectory) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.meshDirectory = meshDirectory.toFile();
    mojo.outputDirectory = tmp.resolve("target/mesh").toFile();
    mojo.pluginVersion = "0.0.0-test";
    mojo.setLog(new RecordingLog(false));
    return mojo;
  }

  @Test
  void execute_skip_writesNothing() throws Exception {
    // GIVEN
    ValidateMojo mojo = mojo(tmp.resolve("does-not-exist"));
    mojo.skip = true;

    // WHEN
    mojo.execute();

    // THEN
    assertThat(tmp.resolve("target")).doesNotExist();
  }

  @Test
  void execute_missingMeshDirectory_failsNamingTheParameter() {
    // GIVEN
    ValidateMojo mojo = mojo(tmp.resolve("nope"));

    // WHEN / THEN
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(tmp.resolve("nope").toString())
        .hasMessageContaining("Set <meshDirectory>");
  }

  @Test
  void execute_withBase_writesTheReviewAndRemovesItWhenRunWithout() throws Exception {
    // GIVEN the example mesh on main, and a branch that adds an optional field to a schema
    Path repo = tmp.resolve("repo");
    copyExample(repo);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "base");
      git.checkout().setCreateBranch(true).setName("feature").call();
      Path schema = repo.resolve("domains/edge/pageviews/pageviews.avsc");
      Files.writeString(
          schema,
          Files.readString(schema)
              .replace(
                  "  \"fields\": [\n",
                  "  \"fields\": [\n    {\"name\": \"referrer\", \"type\": [\"null\","
                      + " \"string\"], \"default\": null},\n"));
      commit(git, "referrer");
    }
    ValidateMojo mojo = mojo(repo);
    mojo.base = "main";
    RecordingLog log = new RecordingLog(false);
    mojo.setLog(log);

    // WHEN validated against main
    mojo.execute();

    // THEN the review comment is written and the log says where
    Path review = tmp.resolve("target/mesh/review.md");
    assertThat(review).exists();
    assertThat(Files.readString(review)).contains("`edge.pageviews` | changed");
    assertThat(log.lines)
        .anyMatch(
            l ->
                l.startsWith("[info] Review against main (")
                    && l.contains("1 product changed in 1 file; pull-request comment in "));

    // AND a run without a base leaves no stale comment behind
    ValidateMojo again = mojo(repo);
    again.execute();
    assertThat(review).doesNotExist();
  }

  private static void copyExample(Path to) throws IOException {
    Path from = Path.of("..", "example-mesh-repo");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path relative = from.relativize(source);
        if (!relative.startsWith("target")) {
          Path target = to.resolve(relative.toString());
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    }
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("Tester", "t@meshcode.dev", Instant.EPOCH, ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }
}
