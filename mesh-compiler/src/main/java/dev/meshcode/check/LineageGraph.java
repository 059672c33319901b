package dev.meshcode.check;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lineage as an int graph: node {@code i} is the i-th product by id, and an edge goes from a
 * product to each of its inputs that exists (self-references and dangling inputs are reported
 * elsewhere and left out).
 */
record LineageGraph(List<DataProduct> products, int[][] inputs) {

  static LineageGraph of(MeshView view) {
    List<DataProduct> products = view.uniqueProducts();
    Map<ProductId, Integer> index = new HashMap<>();
    for (int i = 0; i < products.size(); i++) {
      index.put(products.get(i).id(), i);
    }
    int[][] inputs = new int[products.size()][];
    for (int i = 0; i < products.size(); i++) {
      List<Integer> edges = new ArrayList<>();
      for (InputRef input : products.get(i).inputs()) {
        Integer target = index.get(input.product());
        if (target != null && target != i) {
          edges.add(target);
        }
      }
      inputs[i] = edges.stream().mapToInt(Integer::intValue).toArray();
    }
    return new LineageGraph(products, inputs);
  }

  int size() {
    return inputs.length;
  }

  ProductId id(int node) {
    return products.get(node).id();
  }

  /**
   * The strongly connected components with more than one product, each sorted ascending (so its
   * first node is its smallest id).
   */
  List<int[]> cycles() {
    return new Tarjan(inputs).components();
  }
}
