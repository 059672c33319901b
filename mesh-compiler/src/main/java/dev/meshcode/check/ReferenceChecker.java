package dev.meshcode.check;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;

/** Checks names and references across the mesh. (Being implemented.) */
public final class ReferenceChecker {

  public Diagnostics check(Mesh mesh) {
    return Diagnostics.none();
  }
}
