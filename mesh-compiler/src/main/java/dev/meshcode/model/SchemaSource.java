package dev.meshcode.model;

/**
 * A schema file's text as read by the descriptor loader (the only stage that reads files).
 *
 * @param file path relative to the mesh root, {@code /}-separated
 * @param text the file's content, decoded as UTF-8
 */
public record SchemaSource(String file, String text) {}
