package dev.meshcode.review;

/**
 * One changed file between the base revision and the head.
 *
 * @param path the head path, relative to the mesh root with {@code /}; for a deleted file, its base
 *     path
 * @param basePath the path in the base revision; equal to {@code path} unless renamed or moved; for
 *     an added file, equal to {@code path}
 */
public record FileChange(ChangeKind kind, String path, String basePath) {}
