package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks names and references across the mesh: duplicates, references to domains, owners, inputs
 * and replacements, lineage cycles and impossible topic settings. Pure, and linear in the number of
 * products (every lookup goes through a map built once).
 */
public final class ReferenceChecker {

  private static final List<MeshCheck> CHECKS =
      List.of(
          new DuplicateNames(),
          new SharedNames(),
          new ProductReferences(),
          new InputReferences(),
          new LineageCycles(),
          new TopicSanity());

  public Diagnostics check(Mesh mesh) {
    MeshView view = new MeshView(mesh);
    List<Diagnostic> found = new ArrayList<>();
    for (MeshCheck check : CHECKS) {
      found.addAll(check.check(view));
    }
    return Diagnostics.of(found);
  }
}
