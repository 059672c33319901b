package dev.meshcode.plan;

import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.ProductFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lineage impact of a change: every product (not retired) that derives from the changed one,
 * directly or through others, so a reviewer sees who consumes what is about to change.
 */
final class Lineage {

  private final Map<ProductId, List<ProductId>> derivedFrom = new HashMap<>();
  private final Map<ProductId, List<ProductId>> closure = new HashMap<>();

  Lineage(DesiredState desired) {
    for (ProductFacts product : desired.products().values()) {
      if (product.stage() == Stage.RETIRED) {
        continue;
      }
      for (ProductId input : product.inputs()) {
        derivedFrom.computeIfAbsent(input, k -> new ArrayList<>()).add(product.id());
      }
    }
  }

  /** {@code change} with its downstream products; a create has none to warn about. */
  ResourceChange annotate(ResourceChange change) {
    if (change.action() == Action.CREATE || change.product().isEmpty()) {
      return change;
    }
    List<ProductId> downstream = downstream(change.product().get());
    return downstream.isEmpty() ? change : change.withDownstream(downstream);
  }

  private List<ProductId> downstream(ProductId product) {
    return closure.computeIfAbsent(product, this::walk);
  }

  /** Breadth-first over the derived-from edges; cycles (reported by validation) end the walk. */
  private List<ProductId> walk(ProductId start) {
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
