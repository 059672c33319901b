package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.compat.Incompatibility;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.review.ChangedAttribute;
import dev.meshcode.review.Impact;
import dev.meshcode.review.ProductReview;
import dev.meshcode.review.ProductStatus;
import dev.meshcode.review.Review;
import dev.meshcode.review.SchemaVerdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewMarkdownTest {

  private static final String PLAN =
      "## meshcode plan\n\n### Problems\n\ntext\n\n```\n# not a heading\n```\n";

  private static Review oneProduct() {
    ProductReview p =
        new ProductReview(
            new ProductId("execution", "trades"),
            ProductStatus.CHANGED,
            "domains/execution/trades/product.yaml",
            List.of(new ChangedAttribute("description", "a | b", "<c>")),
            List.of(
                new SchemaVerdict(
                    SchemaRole.VALUE,
                    "execution.trades-value",
                    "domains/execution/trades/trade.avsc",
                    Compatibility.FULL,
                    1,
                    List.of(new Incompatibility("fields/price", "removed")))),
            new Impact(List.of(), List.of("User:risk")));
    return new Review("origin/main", 2, List.of(p), Diagnostics.none());
  }

  @Test
  void render_withPlan_embedsItUnderOneHeadingWithHeadingsDemoted() {
    // GIVEN a review and a live plan's comment
    Review review = oneProduct();

    // WHEN rendered together
    String md = new ReviewMarkdown().render(review, Optional.of(PLAN));

    // THEN the plan follows under "Live plan", its title dropped and headings one level down,
    // code blocks untouched
    assertThat(md)
        .endsWith("## Live plan\n\n#### Problems\n\ntext\n\n```\n# not a heading\n```\n")
        .doesNotContain("## meshcode plan");
  }

  @Test
  void render_valuesWithPipesAndTags_stayInsideTheirCells() {
    // GIVEN an attribute whose values hold a pipe and angle brackets
    Review review = oneProduct();

    // WHEN rendered
    String md = new ReviewMarkdown().render(review, Optional.empty());

    // THEN pipes are escaped and code spans keep the text as written
    assertThat(md).contains("| `description` | `a \\| b` | `<c>` |");
    assertThat(md).contains("| `execution.trades` | changed | breaks FULL | 1 consumer |");
  }

  @Test
  void render_twice_isByteIdentical() {
    Review review = oneProduct();

    assertThat(new ReviewMarkdown().render(review, Optional.of(PLAN)))
        .isEqualTo(new ReviewMarkdown().render(review, Optional.of(PLAN)));
  }
}
