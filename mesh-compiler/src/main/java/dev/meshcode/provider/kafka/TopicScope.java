package dev.meshcode.provider.kafka;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which topics a read looks at: exactly {@code names}, plus every topic whose name starts with one
 * of {@code ownedPrefixes} (to find orphans the mesh owns). Nothing else in the cluster is read.
 *
 * @param configKeys per topic, the config keys to read (those the plan compares); a topic without
 *     an entry, such as one found under an owned prefix, is read without its configs
 */
public record TopicScope(
    Set<String> names, Set<String> ownedPrefixes, Map<String, SortedSet<String>> configKeys) {

  public TopicScope {
    names = new TreeSet<>(names);
    ownedPrefixes = new TreeSet<>(ownedPrefixes);
    // from a sorted map (what the provider passes) TreeMap copies in linear time
    Map<String, SortedSet<String>> keys = new TreeMap<>(configKeys);
    keys.values().removeIf(Set::isEmpty);
    keys.replaceAll((topic, list) -> Collections.unmodifiableSortedSet(new TreeSet<>(list)));
    configKeys = Collections.unmodifiableMap(keys);
  }

  /** The names and prefixes, reading no configs. */
  public TopicScope(Set<String> names, Set<String> ownedPrefixes) {
    this(names, ownedPrefixes, Map.of());
  }

  /** Exactly {@code names}, reading no configs. */
  public static TopicScope exactly(Set<String> names) {
    return new TopicScope(names, Set.of());
  }

  /** Exactly the topics of {@code configKeys}, each with the config keys to read. */
  public static TopicScope exactly(Map<String, ? extends Collection<String>> configKeys) {
    Map<String, SortedSet<String>> keys = new TreeMap<>();
    configKeys.forEach((topic, list) -> keys.put(topic, new TreeSet<>(list)));
    return new TopicScope(keys.keySet(), Set.of(), keys);
  }

  boolean owns(String topic) {
    return ownedPrefixes.stream().anyMatch(topic::startsWith);
  }

  /** Whether any topic of the scope has a config key to compare (an entry has at least one). */
  boolean hasConfigKeys() {
    return !configKeys.isEmpty();
  }

  /** The config keys to read for {@code topic}; empty when none. */
  SortedSet<String> configKeys(String topic) {
    return configKeys.getOrDefault(topic, Collections.emptySortedSet());
  }
}
