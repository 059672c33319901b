package dev.meshcode.resource;

import java.util.Locale;

/**
 * The attribute rules of every kind. Kafka partitions may only grow and a replication factor cannot
 * change in v1 (it needs a reassignment, which meshcode does not do); everything else changes in
 * place: a schema change registers a new version, a config change alters one key.
 */
final class AttributeSchemas {

  /** Topic config attributes are {@code config.<kafka key>}. */
  static final String CONFIG_PREFIX = "config.";

  private static final AttributeSchema PARTITIONS =
      new AttributeSchema(
          Attributes.PARTITIONS,
          UpdateRule.INCREASE_ONLY,
          false,
          "partition-decrease",
          "Kafka cannot remove partitions: keep the live count, or create a new topic (a new"
              + " product version) and migrate consumers to it.");

  private static final AttributeSchema REPLICATION_FACTOR =
      new AttributeSchema(
          Attributes.REPLICATION_FACTOR,
          UpdateRule.FORBIDDEN,
          false,
          "replication-factor-change",
          "Keep the live replication factor in the descriptor (or cap it with an environment"
              + " override); changing it needs a partition reassignment outside meshcode.");

  private AttributeSchemas() {}

  static AttributeSchema of(ResourceKind kind, String name) {
    if (kind == ResourceKind.KAFKA_TOPIC && name.equals(Attributes.PARTITIONS)) {
      return PARTITIONS;
    }
    if (kind == ResourceKind.KAFKA_TOPIC && name.equals(Attributes.REPLICATION_FACTOR)) {
      return REPLICATION_FACTOR;
    }
    return AttributeSchema.inPlace(name, looksSecret(name));
  }

  /** Defensive: a config whose key names a secret is never printed, whatever its kind. */
  private static boolean looksSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("password") || lower.contains("secret") || lower.contains("jaas");
  }
}
