package dev.meshcode.provider.schemaregistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders subjects so that every subject comes after the subjects its schema references: the order
 * registration must follow. References to subjects outside the map (already registered) impose
 * nothing. Ties break by name, so the order is stable from run to run.
 */
public final class ReferenceOrder {

  private ReferenceOrder() {}

  /**
   * @param references each subject to the subjects it references
   * @throws ReferenceCycleException when references form a cycle, naming it
   */
  public static List<String> of(Map<String, ? extends Set<String>> references) {
    Map<String, Set<String>> graph = new TreeMap<>();
    references.forEach((s, refs) -> graph.put(s, new TreeSet<>(refs)));
    List<String> order = new ArrayList<>();
    Map<String, Boolean> state = new TreeMap<>(); // false: on the path; true: done
    for (String subject : graph.keySet()) {
      visit(subject, graph, state, order, new ArrayList<>());
    }
    return Collections.unmodifiableList(order);
  }

  private static void visit(
      String subject,
      Map<String, Set<String>> graph,
      Map<String, Boolean> state,
      List<String> order,
      List<String> path) {
    Boolean s = state.get(subject);
    if (Boolean.TRUE.equals(s) || !graph.containsKey(subject)) {
      return;
    }
    path.add(subject);
    if (Boolean.FALSE.equals(s)) {
      throw new ReferenceCycleException(path.subList(path.indexOf(subject), path.size()));
    }
    state.put(subject, Boolean.FALSE);
    for (String ref : graph.get(subject)) {
      visit(ref, graph, state, order, path);
    }
    state.put(subject, Boolean.TRUE);
    order.add(subject);
    path.remove(path.size() - 1);
  }

  /** Schemas that reference each other in a circle cannot be registered in any order. */
  public static final class ReferenceCycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> cycle;

    ReferenceCycleException(List<String> cycle) {
      super("schema references form a cycle: " + String.join(" -> ", cycle));
      this.cycle = List.copyOf(cycle);
    }

    /** The subjects of the cycle, the first repeated at the end. */
    public List<String> cycle() {
      return cycle;
    }
  }
}
