package dev.meshcode.review;

import dev.meshcode.diag.Diagnostics;
import java.util.List;

/**
 * The review of a change: every changed product with its verdicts and impact, and the findings.
 *
 * @param base how the base revision is named in output, from {@link BaseRevision#label()}
 * @param files how many files changed under the mesh root
 * @param products sorted by product id
 * @param findings the review rules' diagnostics, for the console, SARIF and the comment
 */
public record Review(String base, int files, List<ProductReview> products, Diagnostics findings) {

  public Review {
    products = List.copyOf(products);
  }

  public boolean isEmpty() {
    return products.isEmpty() && findings.isEmpty();
  }
}
