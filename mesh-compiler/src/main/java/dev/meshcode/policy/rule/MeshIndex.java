package dev.meshcode.policy.rule;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.ProductId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mesh as rules see it, with the lookups that would otherwise cost a scan per product (who
 * reads a product), computed once per evaluation so that evaluating stays linear in the mesh.
 */
public final class MeshIndex {

  private final Mesh mesh;
  private final LocalDate today;
  private final Map<ProductId, List<Reader>> readers;

  public MeshIndex(Mesh mesh, LocalDate today) {
    this.mesh = mesh;
    this.today = today;
    this.readers = indexReaders(mesh);
  }

  public Mesh mesh() {
    return mesh;
  }

  public LocalDate today() {
    return today;
  }

  /** The derived products that list {@code id} as an input, in mesh order. */
  public List<Reader> readersOf(ProductId id) {
    return readers.getOrDefault(id, List.of());
  }

  private static Map<ProductId, List<Reader>> indexReaders(Mesh mesh) {
    Map<ProductId, List<Reader>> byInput = new HashMap<>();
    for (DataProduct reader : mesh.products()) {
      for (int i = 0; i < reader.inputs().size(); i++) {
        ProductId input = reader.inputs().get(i).product();
        byInput
            .computeIfAbsent(input, k -> new ArrayList<>())
            .add(new Reader(reader, Fields.input(reader, i)));
      }
    }
    return byInput;
  }
}
