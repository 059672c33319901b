package dev.meshcode.plan;

import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The apply order: creates and updates by phase (subject configs, schemas, topics), a referenced
 * schema before the schemas that use it; then deletes, in reverse (topics first, a referencing
 * schema before the one it references). Ties go by address, so the order is deterministic.
 */
final class ChangeOrder {

  private final Map<String, List<String>> referencesBySubject = new HashMap<>();
  private final Map<String, Integer> depths = new HashMap<>();

  /**
   * @param schemas desired and live schema resources, whose references decide the depth
   */
  ChangeOrder(Collection<Resource> schemas) {
    for (Resource schema : schemas) {
      if (schema.address().kind() == ResourceKind.SCHEMA) {
        referencesBySubject.putIfAbsent(
            schema.address().name(),
            Attributes.referencedSubjects(schema.attribute(Attributes.REFERENCES).orElse("")));
      }
    }
  }

  Comparator<ResourceChange> comparator() {
    return Comparator.<ResourceChange>comparingInt(c -> c.action() == Action.DELETE ? 1 : 0)
        .thenComparingInt(this::rank)
        .thenComparing(ResourceChange::address);
  }

  private int rank(ResourceChange change) {
    int phase = change.address().kind().phase();
    int depth =
        change.address().kind() == ResourceKind.SCHEMA
            ? depth(change.address().name(), new HashSet<>())
            : 0;
    int rank = phase * 10_000 + Math.min(depth, 9_999);
    return change.action() == Action.DELETE ? -rank : rank;
  }

  /** 0 for a schema without references, else one more than its deepest reference. */
  private int depth(String subject, Set<String> visiting) {
    Integer known = depths.get(subject);
    if (known != null) {
      return known;
    }
    if (!visiting.add(subject)) {
      return 0; // a reference cycle: the registry rejects it; the order only has to terminate
    }
    int depth = 0;
    for (String referenced : referencesBySubject.getOrDefault(subject, List.of())) {
      depth = Math.max(depth, depth(referenced, visiting) + 1);
    }
    depths.put(subject, depth);
    return depth;
  }
}
