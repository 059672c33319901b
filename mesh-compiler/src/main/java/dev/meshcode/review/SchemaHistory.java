package dev.meshcode.review;

import java.util.List;

/** Earlier versions of a schema file in git history, for transitive compatibility levels. */
@FunctionalInterface
public interface SchemaHistory {

  /**
   * The distinct texts {@code file} had in the base revision's history (following renames), oldest
   * first, the base revision's own text last; empty for a file the base does not have.
   *
   * @param file a schema file path at the head, relative to the mesh root
   */
  List<String> earlierVersions(String file);

  static SchemaHistory none() {
    return file -> List.of();
  }
}
