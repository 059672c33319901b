package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import java.util.List;
import java.util.Optional;

/**
 * What the loader could make of a mesh repository.
 *
 * @param mesh the bound mesh; empty only when no usable {@code mesh.yaml} exists. Documents that
 *     failed their schema are left out of it, so later checks never see half-bound data.
 * @param diagnostics every problem found while reading
 * @param files the descriptor files read, relative to the root, sorted
 */
public record LoadResult(Optional<Mesh> mesh, Diagnostics diagnostics, List<String> files) {

  public LoadResult {
    files = List.copyOf(files);
  }
}
