package dev.meshcode.schema;

import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaSpec;

/** One schema to parse, with the product it belongs to (diagnostics name it). */
public record SchemaInput(ProductId product, SchemaSpec spec) {

  /** {@code the value schema of execution.trades}, for messages. */
  String describe() {
    return "the " + spec.role().label() + " schema of product " + product;
  }
}
