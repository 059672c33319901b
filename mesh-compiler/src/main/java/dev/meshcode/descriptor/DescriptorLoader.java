package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads a mesh repository from disk. (Being implemented.) */
public final class DescriptorLoader {

  public LoadResult load(Path root) {
    return new LoadResult(Optional.empty(), Diagnostics.none(), List.of(root.toString()));
  }
}
