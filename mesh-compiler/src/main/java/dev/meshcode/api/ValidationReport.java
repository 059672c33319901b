package dev.meshcode.api;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@code mesh:validate}.
 *
 * @param mesh the loaded mesh, when {@code mesh.yaml} could be read
 * @param diagnostics everything found, sorted (errors first)
 * @param files descriptor files read, relative to the mesh root
 */
public record ValidationReport(Optional<Mesh> mesh, Diagnostics diagnostics, List<String> files) {

  public ValidationReport {
    files = List.copyOf(files);
  }

  public boolean passed() {
    return !diagnostics.hasErrors();
  }

  public int productCount() {
    return mesh.map(m -> m.products().size()).orElse(0);
  }
}
