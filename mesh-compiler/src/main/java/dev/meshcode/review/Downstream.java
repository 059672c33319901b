package dev.meshcode.review;

import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lineage seen from the inputs: which head products derive from a product, directly or through
 * others. The index is built from the inputs lists alone; retired products read nothing.
 */
final class Downstream {

  private final Map<ProductId, List<ProductId>> derivedFrom = new HashMap<>();

  Downstream(Mesh head) {
    for (DataProduct product : head.products()) {
      if (product.lifecycle().stage() == Stage.RETIRED) {
        continue;
      }
      for (InputRef input : product.inputs()) {
        derivedFrom.computeIfAbsent(input.product(), k -> new ArrayList<>()).add(product.id());
      }
    }
  }

  /** The downstream of {@code product}: its derived products and its own declared consumers. */
  Impact of(DataProduct product) {
    Set<String> consumers = new TreeSet<>();
    product.access().consumers().stream().map(Consumer::principal).forEach(consumers::add);
    return new Impact(derived(product.id()), List.copyOf(consumers));
  }

  /** Breadth-first over the derived-from edges; a cycle (reported by validation) ends the walk. */
  List<ProductId> derived(ProductId start) {
    Set<ProductId> seen = new TreeSet<>();
    Deque<ProductId> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (ProductId next : derivedFrom.getOrDefault(queue.poll(), List.of())) {
        if (!next.equals(start) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return List.copyOf(seen);
  }
}
