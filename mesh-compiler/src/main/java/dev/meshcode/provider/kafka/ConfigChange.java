package dev.meshcode.provider.kafka;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Config changes of one topic, applied with {@code incrementalAlterConfigs}: {@code set} writes
 * values, {@code delete} removes topic-level values (a declared key that was removed), so the
 * broker default applies again. Keys not named stay as they are.
 */
public record ConfigChange(String topic, Map<String, String> set, Set<String> delete) {

  public ConfigChange {
    set = new TreeMap<>(set);
    delete = new TreeSet<>(delete);
  }
}
