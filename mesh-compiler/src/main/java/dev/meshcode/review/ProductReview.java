package dev.meshcode.review;

import dev.meshcode.model.ProductId;
import java.util.List;

/**
 * What the change does to one product.
 *
 * @param file the product's descriptor at the head; for a removed product, its base descriptor
 * @param changes the attributes that differ, sorted by name; all of them for an added or removed
 *     product
 * @param verdicts the compatibility verdicts of its changed schemas, key before value
 * @param impact who reads it downstream
 */
public record ProductReview(
    ProductId id,
    ProductStatus status,
    String file,
    List<ChangedAttribute> changes,
    List<SchemaVerdict> verdicts,
    Impact impact) {

  public ProductReview {
    changes = List.copyOf(changes);
    verdicts = List.copyOf(verdicts);
  }

  public boolean breaking() {
    return verdicts.stream().anyMatch(v -> !v.compatible());
  }
}
