package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;

/**
 * A derived product's reference to one of its inputs, as written ({@code domain.product}); the
 * reference check resolves it against the mesh.
 */
public record InputRef(ProductId product, SourceLocation location) {}
