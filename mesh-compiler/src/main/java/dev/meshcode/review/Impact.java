package dev.meshcode.review;

import dev.meshcode.model.ProductId;
import java.util.List;

/**
 * Who is downstream of a product: the products that derive from it, directly or through others
 * (retired ones left out), and the principals of its declared consumers.
 *
 * @param derived sorted
 * @param consumers sorted, without duplicates
 */
public record Impact(List<ProductId> derived, List<String> consumers) {

  public Impact {
    derived = List.copyOf(derived);
    consumers = List.copyOf(consumers);
  }

  public boolean isEmpty() {
    return derived.isEmpty() && consumers.isEmpty();
  }

  /** {@code derived products a.b, c.d; consumers User:x} or {@code nobody}, for messages. */
  public String describe() {
    String products =
        derived.isEmpty()
            ? ""
            : "derived products "
                + String.join(", ", derived.stream().map(ProductId::toString).toList());
    String readers = consumers.isEmpty() ? "" : "consumers " + String.join(", ", consumers);
    if (products.isEmpty() && readers.isEmpty()) {
      return "nobody";
    }
    return products.isEmpty() ? readers : readers.isEmpty() ? products : products + "; " + readers;
  }
}
