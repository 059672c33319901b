package dev.meshcode.compat;

/**
 * One reason a schema version cannot replace an earlier one.
 *
 * @param path where in the schema, in the format's own terms (see docs/review.md)
 * @param reason what breaks, for whom, in one sentence
 */
public record Incompatibility(String path, String reason) {}
