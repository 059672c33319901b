package dev.meshcode.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.render.DiagnosticsText;
import dev.meshcode.render.ReviewMarkdown;
import dev.meshcode.render.Sarif;
import dev.meshcode.render.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every review scenario: base and head folders → review.md, the findings as console text and as
 * SARIF, compared with the golden files in {@code expected/}. Run with {@code -Dgolden.update=true}
 * to rewrite them, so reviewers see output changes as diffs.
 */
class ReviewScenarioTest {

  static List<String> scenarios() {
    return ReviewScenario.names();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void review_scenario_rendersAsGolden(String name) throws IOException {
    // GIVEN two revisions of a mesh that both load without errors
    ReviewScenario scenario = ReviewScenario.load(name);

    // WHEN the head is reviewed against the base
    Review review = scenario.review();

    // THEN the comment, the console text and the SARIF match their golden files
    Path expected = scenario.dir().resolve("expected");
    assertGolden(
        expected.resolve("review.md"), new ReviewMarkdown().render(review, scenario.plan()));
    Summary summary =
        Summary.of(review.findings(), review.files(), scenario.head().products().size());
    assertGolden(
        expected.resolve("diagnostics.txt"),
        new DiagnosticsText().render(review.findings(), summary));
    assertGolden(
        expected.resolve("diagnostics.sarif"), new Sarif("test").render(review.findings()));
  }

  @Test
  void review_fieldRemovedAndPublishedProductDeleted_namesBothWithLines() {
    // GIVEN the done criterion: a field removed from a BACKWARD Avro schema, and a
    // published product's folder deleted
    ReviewScenario scenario = ReviewScenario.load("field-removed-product-deleted");

    // WHEN reviewed
    Review review = scenario.review();

    // THEN both are errors, at the schema file and at the deleted descriptor's base line
    assertThat(review.findings().all())
        .extracting(d -> d.code() + " " + d.location().orElseThrow())
        .containsExactly(
            "lifecycle-removed-without-retirement domains/execution/quotes/product.yaml:1:1",
            "breaking-schema-change domains/execution/trades/trade.avsc:1:1");
    assertThat(review.findings().all().get(1).summary()).contains("execution.trades", "price");
    assertThat(review.products())
        .extracting(p -> p.id() + " " + p.status().label())
        .containsExactly("execution.quotes removed", "execution.trades changed");
    String markdown = new ReviewMarkdown().render(review, Optional.empty());
    assertThat(markdown)
        .contains("`domains/execution/quotes/product.yaml:1:1`")
        .contains(
            "| `execution.trades` | value `execution.trades-value` | BACKWARD | `fields/price` |");
  }

  static void assertGolden(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file (run with -Dgolden.update=true to create)").exists();
    assertThat(actual)
        .as("%s differs; if the change is intended, run with -Dgolden.update=true", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
