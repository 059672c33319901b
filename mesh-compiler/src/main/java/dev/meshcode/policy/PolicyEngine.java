package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import java.time.LocalDate;

/** Compiles and evaluates governance rules. (Being implemented.) */
public final class PolicyEngine {

  public Diagnostics evaluate(Mesh mesh, LocalDate today) {
    return Diagnostics.none();
  }
}
