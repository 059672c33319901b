package dev.meshcode.resource;

import java.util.Comparator;

/**
 * Identifies one resource in one system: {@code kafka_topic.execution.stocktrades}, {@code
 * schema.execution.stocktrades-value}. Unique within an environment.
 */
public record ResourceAddress(ResourceKind kind, String name)
    implements Comparable<ResourceAddress> {

  private static final Comparator<ResourceAddress> ORDER =
      Comparator.comparing(ResourceAddress::kind).thenComparing(ResourceAddress::name);

  @Override
  public String toString() {
    return kind.label() + "." + name;
  }

  @Override
  public int compareTo(ResourceAddress other) {
    return ORDER.compare(this, other);
  }
}
