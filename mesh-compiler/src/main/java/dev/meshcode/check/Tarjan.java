package dev.meshcode.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's strongly-connected-components algorithm with explicit stacks instead of recursion, so a
 * lineage chain of any length cannot overflow the call stack. Linear in nodes plus edges.
 */
final class Tarjan {

  private final int[][] edges;
  private final int[] order;
  private final int[] low;
  private final int[] nextEdge;
  private final boolean[] onStack;
  private final int[] stack;
  private final int[] calls;
  private final List<int[]> components = new ArrayList<>();
  private int counter;
  private int top;
  private int depth;

  Tarjan(int[][] edges) {
    int n = edges.length;
    this.edges = edges;
    order = new int[n];
    low = new int[n];
    nextEdge = new int[n];
    onStack = new boolean[n];
    stack = new int[n];
    calls = new int[n];
    Arrays.fill(order, -1);
  }

  /** Components of two or more nodes, each sorted ascending, in the order they complete. */
  List<int[]> components() {
    for (int start = 0; start < edges.length; start++) {
      if (order[start] == -1) {
        enter(start);
        walk();
      }
    }
    return components;
  }

  private void enter(int v) {
    order[v] = counter;
    low[v] = counter;
    counter++;
    stack[top++] = v;
    onStack[v] = true;
    calls[depth++] = v;
  }

  /** The loop that replaces recursion: {@code calls} holds the path being explored. */
  private void walk() {
    while (depth > 0) {
      int v = calls[depth - 1];
      if (nextEdge[v] < edges[v].length) {
        int w = edges[v][nextEdge[v]++];
        if (order[w] == -1) {
          enter(w);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], order[w]);
        }
      } else {
        leave(v);
      }
    }
  }

  private void leave(int v) {
    depth--;
    if (depth > 0) {
      int parent = calls[depth - 1];
      low[parent] = Math.min(low[parent], low[v]);
    }
    if (low[v] != order[v]) {
      return;
    }
    int from = top;
    do {
      onStack[stack[--from]] = false;
    } while (stack[from] != v);
    if (top - from > 1) {
      int[] component = Arrays.copyOfRange(stack, from, top);
      Arrays.sort(component);
      components.add(component);
    }
    top = from;
  }
}
