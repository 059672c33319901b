package dev.meshcode.resource;

import java.util.Comparator;
import java.util.Optional;

/**
 * Identifies one resource in one system: {@code kafka_topic.execution.stocktrades}, {@code
 * schema.execution.stocktrades-value}. Unique within an environment.
 */
public record ResourceAddress(ResourceKind kind, String name)
    implements Comparable<ResourceAddress> {

  private static final Comparator<ResourceAddress> ORDER =
      Comparator.comparing(ResourceAddress::kind).thenComparing(ResourceAddress::name);

  /** Parses {@code kind_label.name}, as {@link #toString()} writes it. */
  public static Optional<ResourceAddress> parse(String text) {
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      return Optional.empty();
    }
    String name = text.substring(dot + 1);
    return ResourceKind.ofLabel(text.substring(0, dot)).map(k -> new ResourceAddress(k, name));
  }

  @Override
  public String toString() {
    return kind.label() + "." + name;
  }

  @Override
  public int compareTo(ResourceAddress other) {
    return ORDER.compare(this, other);
  }
}
