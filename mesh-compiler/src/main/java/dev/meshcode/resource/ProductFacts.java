package dev.meshcode.resource;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import java.util.List;

/** What the planner needs to know about a product beyond its resources. */
public record ProductFacts(
    ProductId id, Stage stage, List<ProductId> inputs, SourceLocation location) {

  public ProductFacts {
    inputs = List.copyOf(inputs);
  }
}
