package dev.meshcode.schema;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;

/** Checks that every schema parses in its format. (Being implemented.) */
public final class SchemaChecker {

  public Diagnostics check(Mesh mesh) {
    return Diagnostics.none();
  }
}
