package dev.meshcode.review;

import dev.meshcode.model.Mesh;
import java.util.List;

/**
 * The mesh as it was at the merge base of the head and the base branch, with what changed since.
 *
 * @param label how to name the base in output, for example {@code origin/main (3f2a1c9)}
 * @param changes every changed file under the mesh root, sorted by path
 * @param mesh the base mesh, loaded from the base revision's files; it holds at least every
 *     document of a changed or deleted descriptor file, the domains and the mesh settings, so rules
 *     that judge only changed products find what they compare with
 * @param history earlier versions of schema files
 */
public record BaseRevision(
    String label, List<FileChange> changes, Mesh mesh, SchemaHistory history) {

  public BaseRevision {
    changes = List.copyOf(changes);
  }
}
