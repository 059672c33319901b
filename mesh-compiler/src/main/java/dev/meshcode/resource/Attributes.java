package dev.meshcode.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Attribute names of each kind: the vocabulary providers report live state in and apply changes
 * from. Values are strings in the form the planner compares.
 */
public final class Attributes {

  /** {@code kafka_topic}: the partition count, decimal. */
  public static final String PARTITIONS = "partitions";

  /** {@code kafka_topic}: the replication factor, decimal. */
  public static final String REPLICATION_FACTOR = "replication_factor";

  /** {@code schema}: {@code AVRO}, {@code JSON} or {@code PROTOBUF}, as the registry spells it. */
  public static final String SCHEMA_TYPE = "schema_type";

  /** {@code schema}: the canonical text (see {@code ParsedSchema#canonical}). */
  public static final String SCHEMA = "schema";

  /**
   * {@code schema}: the references, {@code name=subject} entries joined by {@code ", "} in the
   * declared order; empty when the schema has none.
   */
  public static final String REFERENCES = "references";

  /** {@code schema_subject_config}: the subject's compatibility level. */
  public static final String COMPATIBILITY = "compatibility";

  private Attributes() {}

  /** The attribute of topic config {@code key}: {@code config.retention.ms}. */
  public static String config(String key) {
    return AttributeSchemas.CONFIG_PREFIX + key;
  }

  /** The Kafka config key of a topic attribute, when it is one. */
  public static Optional<String> configKey(String attribute) {
    return attribute.startsWith(AttributeSchemas.CONFIG_PREFIX)
        ? Optional.of(attribute.substring(AttributeSchemas.CONFIG_PREFIX.length()))
        : Optional.empty();
  }

  /** The subjects named by a {@link #REFERENCES} value, in order. */
  public static List<String> referencedSubjects(String references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(references.split(", "))
        .map(entry -> entry.substring(entry.lastIndexOf('=') + 1))
        .toList();
  }
}
