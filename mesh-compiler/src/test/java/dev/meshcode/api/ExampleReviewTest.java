package dev.meshcode.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.render.ReviewMarkdown;
import dev.meshcode.render.Sarif;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review's definition of done, on the example mesh in a real git repository: a feature branch
 * removes a field from a BACKWARD Avro schema and deletes a published product; the review comment
 * and the SARIF name both, with their lines.
 */
class ExampleReviewTest {

  private static final Path EXAMPLE = Path.of("..", "example-mesh-repo");
  private static final String PAGEVIEWS = "domains/edge/pageviews/pageviews.avsc";
  private static final String DELETED = "domains/analytics/high-value-trades";

  @TempDir Path repo;

  @Test
  void validate_featureBranchBreaksAndDeletes_reviewAndSarifNameBothWithLines() throws Exception {
    // GIVEN the example mesh committed on main, and a feature branch that removes the `pageid`
    // field (no default) from the BACKWARD pageviews schema and deletes a published product
    copy(EXAMPLE, repo);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "the example mesh");
      git.checkout().setCreateBranch(true).setName("feature").call();
      Path schema = repo.resolve(PAGEVIEWS);
      Files.writeString(
          schema,
          Files.readString(schema)
              .replace(
                  ",\n    {\"name\": \"pageid\", \"type\": \"string\", \"doc\": \"The"
                      + " page, for example Page_42.\"}",
                  ""));
      deleteTree(repo.resolve(DELETED));
      commit(git, "drop pageid, remove high-value-trades");
    }

    // WHEN validated against main
    ValidationReport report =
        new MeshCompiler(
                Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC), e -> {})
            .validate(repo, Optional.of("main"));

    // THEN the deletion is an error at the base descriptor, the field removal a warning at the
    // record of the head schema: BACKWARD allows it, consumers must upgrade first
    Diagnostic removed = only(report, "lifecycle-removed-without-retirement");
    assertThat(removed.severity()).isEqualTo(Severity.ERROR);
    assertThat(removed.summary()).contains("analytics.high-value-trades");
    assertThat(removed.location().orElseThrow().file()).isEqualTo(DELETED + "/product.yaml");
    assertThat(removed.location().orElseThrow().line()).isPositive();
    Diagnostic field = only(report, "schema-upgrade-order");
    assertThat(field.summary()).contains("edge.pageviews").contains("pageid");
    assertThat(field.location().orElseThrow().file()).isEqualTo(PAGEVIEWS);
    assertThat(field.location().orElseThrow().line()).isPositive();

    // AND the pull-request comment names both, with file:line
    String markdown = new ReviewMarkdown().render(report.review().orElseThrow(), Optional.empty());
    assertThat(markdown)
        .contains("`analytics.high-value-trades` | removed")
        .contains("`" + DELETED + "/product.yaml:" + removed.location().orElseThrow().line())
        .contains("`" + PAGEVIEWS + ":" + field.location().orElseThrow().line())
        .contains("pageid");

    // AND the SARIF results point at the same lines
    JsonNode results =
        new ObjectMapper()
            .readTree(new Sarif("test").render(report.diagnostics()))
            .at("/runs/0/results");
    List<String> anchors = new ArrayList<>();
    results.forEach(
        r ->
            anchors.add(
                r.get("ruleId").asText()
                    + " "
                    + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                    + ":"
                    + r.at("/locations/0/physicalLocation/region/startLine").asInt()));
    assertThat(anchors)
        .contains(
            "lifecycle-removed-without-retirement "
                + DELETED
                + "/product.yaml:"
                + removed.location().orElseThrow().line(),
            "schema-upgrade-order " + PAGEVIEWS + ":" + field.location().orElseThrow().line());
  }

  private static Diagnostic only(ValidationReport report, String code) {
    List<Diagnostic> found =
        report.diagnostics().all().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(found).as("%s in %s", code, report.diagnostics().all()).hasSize(1);
    return found.get(0);
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    PersonIdent who =
        new PersonIdent("Mesh Tester", "tester@meshcode.dev", Instant.EPOCH, ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path relative = from.relativize(source);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted((a, b) -> b.compareTo(a))
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
