package dev.meshcode.policy.rule;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;

/**
 * A derived product that reads another one.
 *
 * @param product the derived product
 * @param location where the derived product lists the input it reads
 */
public record Reader(DataProduct product, SourceLocation location) {}
