package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Cycles in lineage: a derived product that, through its inputs, reads itself can never be
 * computed. Each group of products caught in cycles (a strongly connected component) is reported
 * once, at the input of its smallest product that leads around the shortest cycle back to it.
 */
final class LineageCycles implements MeshCheck {

  /** Longer cycles are shortened in the summary; the detail lists the members. */
  private static final int SHOWN_STEPS = 8;

  private static final int LISTED_MEMBERS = 20;

  @Override
  public List<Diagnostic> check(MeshView view) {
    LineageGraph graph = LineageGraph.of(view);
    List<Diagnostic> found = new ArrayList<>();
    int[] member = new int[graph.size()];
    Arrays.fill(member, -1);
    List<int[]> components = graph.cycles();
    for (int c = 0; c < components.size(); c++) {
      for (int node : components.get(c)) {
        member[node] = c;
      }
    }
    for (int c = 0; c < components.size(); c++) {
      found.add(
          report(graph, components.get(c), shortestCycle(graph, member, c, components.get(c)[0])));
    }
    return found;
  }

  /** Breadth-first from {@code root} inside its component, back to {@code root}. */
  private static int[] shortestCycle(LineageGraph graph, int[] member, int component, int root) {
    int[] parent = new int[graph.size()];
    Arrays.fill(parent, -2);
    int[] queue = new int[graph.size()];
    int head = 0;
    int tail = 0;
    queue[tail++] = root;
    parent[root] = -1;
    while (head < tail) {
      int v = queue[head++];
      for (int w : graph.inputs()[v]) {
        if (w == root) {
          return path(parent, v, root);
        }
        if (member[w] == component && parent[w] == -2) {
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    throw new IllegalStateException("a strongly connected component always has a cycle");
  }

  private static int[] path(int[] parent, int last, int root) {
    List<Integer> reversed = new ArrayList<>();
    reversed.add(root);
    for (int v = last; v != -1; v = parent[v]) {
      reversed.add(v);
    }
    int[] path = new int[reversed.size()];
    for (int i = 0; i < path.length; i++) {
      path[i] = reversed.get(path.length - 1 - i);
    }
    return path;
  }

  private static Diagnostic report(LineageGraph graph, int[] component, int[] cycle) {
    DataProduct root = graph.products().get(cycle[0]);
    ProductId next = graph.id(cycle[1]);
    InputRef edge =
        root.inputs().stream().filter(i -> i.product().equals(next)).findFirst().orElseThrow();
    Diagnostic found =
        Diagnostic.error(
            CheckCodes.LINEAGE_CYCLE,
            edge.location(),
            "Products form a lineage cycle: " + describe(graph, cycle) + ".",
            "Break the cycle by removing one of these inputs: a derived product cannot read"
                + " itself, directly or through other products.");
    if (component.length <= cycle.length - 1 && cycle.length - 1 <= SHOWN_STEPS) {
      return found;
    }
    String members =
        IntStream.of(component)
            .limit(LISTED_MEMBERS)
            .mapToObj(n -> graph.id(n).toString())
            .collect(Collectors.joining(", "));
    String more = component.length > LISTED_MEMBERS ? ", …" : "";
    return found.withDetail(
        component.length + " products are caught in cycles here: " + members + more + ".");
  }

  /** {@code a.x → b.y → a.x}, eliding the middle of a long cycle. */
  private static String describe(LineageGraph graph, int[] cycle) {
    int half = SHOWN_STEPS / 2;
    boolean elide = cycle.length > SHOWN_STEPS + 1;
    IntStream shown =
        elide
            ? IntStream.concat(
                IntStream.of(cycle).limit(half), IntStream.of(cycle).skip(cycle.length - half))
            : IntStream.of(cycle);
    List<String> steps = shown.mapToObj(n -> graph.id(n).toString()).collect(Collectors.toList());
    if (elide) {
      steps.add(half, "… " + (cycle.length - SHOWN_STEPS) + " more …");
    }
    return String.join(" → ", steps);
  }
}
