package dev.meshcode.review;

import dev.meshcode.compat.CompatibilityJudge;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review of a pull request: the head mesh judged against the base revision, product by product.
 * Only products whose files changed are compared; their derived products are found through an index
 * over inputs, so a change of ten products on a mesh of ten thousand reads ten products' contents.
 */
public final class ReviewRules {

  private final SchemaRule schemas;
  private final LifecycleRule lifecycle;
  private final Downstream downstream;

  private ReviewRules(Mesh head, BaseRevision base, CompatibilityJudge judge, LocalDate today) {
    this.schemas = new SchemaRule(base, judge);
    this.lifecycle = new LifecycleRule(today);
    this.downstream = new Downstream(head);
  }

  /**
   * Reviews {@code head} against {@code base}.
   *
   * @param head the head mesh, loaded and validated
   * @param judge judges schema changes offline
   * @param today the date sunset dates are compared with
   */
  public static Review review(
      Mesh head, BaseRevision base, CompatibilityJudge judge, LocalDate today) {
    ReviewRules rules = new ReviewRules(head, base, judge, today);
    List<ProductReview> products = new ArrayList<>();
    List<Diagnostic> findings = new ArrayList<>();
    for (ProductPair pair : ChangedProducts.of(head, base)) {
      rules.product(pair, findings).ifPresent(products::add);
    }
    return new Review(base.label(), base.changes().size(), products, Diagnostics.of(findings));
  }

  /** The product's review; empty when its files changed but nothing it declares did. */
  private Optional<ProductReview> product(ProductPair pair, List<Diagnostic> findings) {
    DataProduct latest = pair.latest();
    Impact impact = downstream.of(latest);
    List<ChangedAttribute> changes = ProductAttributes.diff(pair.base(), pair.head());
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    List<SchemaVerdict> verdicts = List.of();
    if (pair.both()) {
      DataProduct before = pair.base().orElseThrow();
      DataProduct after = pair.head().orElseThrow();
      if (pair.headStage() != Stage.RETIRED) {
        verdicts = schemas.check(before, after, impact, findings);
        ImmutableRule.check(before, after, findings);
      }
    }
    lifecycle.check(pair, impact, findings);
    return Optional.of(
        new ProductReview(
            pair.id(), pair.status(), latest.origin().file(), changes, verdicts, impact));
  }
}
