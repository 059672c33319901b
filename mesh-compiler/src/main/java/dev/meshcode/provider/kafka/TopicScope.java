package dev.meshcode.provider.kafka;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which topics a read looks at: exactly {@code names}, plus every topic whose name starts with one
 * of {@code ownedPrefixes} (to find orphans the mesh owns). Nothing else in the cluster is read.
 */
public record TopicScope(Set<String> names, Set<String> ownedPrefixes) {

  public TopicScope {
    names = new TreeSet<>(names);
    ownedPrefixes = new TreeSet<>(ownedPrefixes);
  }

  public static TopicScope exactly(Set<String> names) {
    return new TopicScope(names, Set.of());
  }

  boolean owns(String topic) {
    return ownedPrefixes.stream().anyMatch(topic::startsWith);
  }
}
