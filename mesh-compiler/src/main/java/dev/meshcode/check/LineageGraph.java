package dev.meshcode.check;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.Arrays;
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
   * first node is its smallest id). Tarjan's algorithm with explicit stacks: a chain of any length
   * cannot overflow the call stack.
   */
  List<int[]> cycles() {
    int n = size();
    int[] order = new int[n];
    int[] low = new int[n];
    int[] nextEdge = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int[] calls = new int[n];
    Arrays.fill(order, -1);
    int counter = 0;
    int top = 0;
    List<int[]> found = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (order[start] != -1) {
        continue;
      }
      int depth = 0;
      calls[depth++] = start;
      order[start] = low[start] = counter++;
      stack[top++] = start;
      onStack[start] = true;
      while (depth > 0) {
        int v = calls[depth - 1];
        if (nextEdge[v] < inputs[v].length) {
          int w = inputs[v][nextEdge[v]++];
          if (order[w] == -1) {
            order[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = true;
            calls[depth++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int parent = calls[depth - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == order[v]) {
          int from = top;
          do {
            onStack[stack[--from]] = false;
          } while (stack[from] != v);
          if (top - from > 1) {
            int[] component = Arrays.copyOfRange(stack, from, top);
            Arrays.sort(component);
            found.add(component);
          }
          top = from;
        }
      }
    }
    return found;
  }
}
