package dev.meshcode.review;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which products a change touches: those whose descriptor, schema, referenced schema or SQL file
 * changed, matched by product id so a renamed or moved file changes nothing by itself. A change of
 * {@code mesh.yaml} can change every product through its defaults, so it selects every product the
 * base holds. A product rejected for errors on either side is not compared.
 */
final class ChangedProducts {

  static final String MESH_FILE = "mesh.yaml";

  private ChangedProducts() {}

  static List<ProductPair> of(Mesh head, BaseRevision base) {
    Map<String, List<ProductId>> headFiles = byFile(head);
    Map<String, List<ProductId>> baseFiles = byFile(base.mesh());
    Set<ProductId> ids = new TreeSet<>();
    for (FileChange change : base.changes()) {
      if (change.kind() != ChangeKind.DELETED) {
        ids.addAll(headFiles.getOrDefault(change.path(), List.of()));
      }
      if (change.kind() != ChangeKind.ADDED) {
        ids.addAll(baseFiles.getOrDefault(change.basePath(), List.of()));
      }
      if (change.path().equals(MESH_FILE)) {
        base.mesh().products().forEach(p -> ids.add(p.id()));
      }
    }
    // A product whose document had errors on either side is left out of its mesh; comparing it
    // would report it as added or removed. Its own diagnostics say what is wrong.
    ids.removeAll(head.rejected().products());
    ids.removeAll(base.mesh().rejected().products());
    List<ProductPair> pairs = new ArrayList<>();
    for (ProductId id : ids) {
      pairs.add(new ProductPair(id, base.mesh().product(id), head.product(id)));
    }
    return pairs;
  }

  /**
   * Every file a product is made of, to the products made of it. Reads only file names, so it stays
   * cheap on a large mesh.
   */
  static Map<String, List<ProductId>> byFile(Mesh mesh) {
    Map<String, List<ProductId>> index = new HashMap<>();
    for (DataProduct product : mesh.products()) {
      for (String file : product.files()) {
        index.computeIfAbsent(file, f -> new ArrayList<>(1)).add(product.id());
      }
    }
    return index;
  }
}
