package dev.meshcode.review;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import java.util.Optional;

/** One product as the base and the head have it; at least one of the two is present. */
record ProductPair(ProductId id, Optional<DataProduct> base, Optional<DataProduct> head) {

  boolean added() {
    return base.isEmpty();
  }

  boolean removed() {
    return head.isEmpty();
  }

  boolean both() {
    return base.isPresent() && head.isPresent();
  }

  Stage baseStage() {
    return base.map(p -> p.lifecycle().stage()).orElse(Stage.DRAFT);
  }

  Stage headStage() {
    return head.map(p -> p.lifecycle().stage()).orElse(Stage.DRAFT);
  }

  /** The head descriptor, or for a removed product the base one. */
  DataProduct latest() {
    return head.orElseGet(base::orElseThrow);
  }

  ProductStatus status() {
    if (added()) {
      return ProductStatus.ADDED;
    }
    if (removed()) {
      return ProductStatus.REMOVED;
    }
    Stage now = headStage();
    if (now != baseStage() && now == Stage.DEPRECATED) {
      return ProductStatus.DEPRECATED;
    }
    if (now != baseStage() && now == Stage.RETIRED) {
      return ProductStatus.RETIRED;
    }
    return ProductStatus.CHANGED;
  }
}
