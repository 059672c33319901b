package dev.meshcode.resource;

import java.util.Locale;

/**
 * The kinds of objects meshcode manages, in apply order (the {@link #phase()}): a subject's
 * compatibility is set before its schema is registered, schemas before the topics that carry them,
 * topics before their configs. Deletes run in the reverse order.
 */
public enum ResourceKind {
  SCHEMA_SUBJECT_CONFIG("schema-registry"),
  SCHEMA("schema-registry"),
  KAFKA_TOPIC("kafka"),
  KAFKA_TOPIC_CONFIG("kafka");

  private final String system;

  ResourceKind(String system) {
    this.system = system;
  }

  /** The provider that owns this kind. */
  public String system() {
    return system;
  }

  /** Apply order: lower first; deletes run from the highest phase down. */
  public int phase() {
    return ordinal();
  }

  /** The spelling used in addresses and plan files: {@code kafka_topic}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
