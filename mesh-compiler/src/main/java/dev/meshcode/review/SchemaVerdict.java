package dev.meshcode.review;

import dev.meshcode.compat.Incompatibility;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaRole;
import java.util.List;

/**
 * The offline compatibility verdict on one changed schema of a product.
 *
 * @param file the head schema file
 * @param level the head's compatibility level, which the verdict applies
 * @param versions how many earlier versions the head was judged against; 0 under {@code NONE}
 * @param incompatibilities what breaks; empty when the change is compatible
 */
public record SchemaVerdict(
    SchemaRole role,
    String subject,
    String file,
    Compatibility level,
    int versions,
    List<Incompatibility> incompatibilities) {

  public SchemaVerdict {
    incompatibilities = List.copyOf(incompatibilities);
  }

  public boolean compatible() {
    return incompatibilities.isEmpty();
  }
}
