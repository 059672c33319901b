package dev.meshcode.schema;

import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaRole;

/** Which schema of which product: the key of {@link SchemaAnalysis#parsed()}. */
public record SchemaKey(ProductId product, SchemaRole role) {}
