package dev.meshcode.resource;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of objects meshcode manages, in apply order (the {@link #phase()}): a subject's
 * compatibility is set before its schema is registered, schemas before the topics that carry them.
 * Deletes run in the reverse order. A topic's configs are attributes of the topic (one attribute
 * per declared key), so only declared keys are ever compared and a create sends them in one
 * request.
 */
public enum ResourceKind {
  SCHEMA_SUBJECT_CONFIG("schema-registry"),
  SCHEMA("schema-registry"),
  KAFKA_TOPIC("kafka");

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

  /** The kind spelled {@code label}, as in a plan file. */
  public static Optional<ResourceKind> ofLabel(String label) {
    for (ResourceKind kind : values()) {
      if (kind.label().equals(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The rule for one attribute of this kind; unknown attributes change in place. */
  public AttributeSchema attribute(String name) {
    return AttributeSchemas.of(this, name);
  }
}
