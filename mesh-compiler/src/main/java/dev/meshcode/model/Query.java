package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;

/**
 * The streaming-SQL statement that computes a derived product from its inputs.
 *
 * @param file the SQL file, relative to the mesh root
 * @param sql its text
 */
public record Query(QueryEngine engine, String file, String sql, SourceLocation location) {}
