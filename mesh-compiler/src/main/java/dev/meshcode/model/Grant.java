package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;

/**
 * The owner's explicit permission for another domain to read a product (its applications and the
 * products it derives), with the reason a reviewer approved it.
 */
public record Grant(String domain, String reason, SourceLocation location) {}
