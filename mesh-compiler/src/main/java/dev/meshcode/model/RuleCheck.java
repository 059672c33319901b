package dev.meshcode.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy rule checks: one of the built-in kinds, or a CEL expression. Each kind is
 * documented in {@code docs/policies.md}; the descriptor key of each is given below.
 */
public sealed interface RuleCheck {

  /**
   * {@code naming}: topic and subject names must match regular expressions in which {@code
   * {domain}} and {@code {product}} stand for the product's (quoted) domain and name.
   */
  record Naming(Optional<String> topic, Optional<String> subject) implements RuleCheck {}

  /**
   * {@code requiredMetadata}: fields that must be present and non-empty, from {@code description},
   * {@code tags}, {@code keySchema}, {@code valueSchema}, {@code producers}, {@code consumers}; and
   * tags every selected product must carry.
   */
  record RequiredMetadata(List<String> fields, Set<String> tags) implements RuleCheck {
    public RequiredMetadata {
      fields = List.copyOf(fields);
      tags = Set.copyOf(tags);
    }
  }

  /**
   * {@code allowedValues}: a field may only take listed values. {@code field} is one of {@code
   * tags}, {@code owner}, {@code compatibility}, {@code format}, {@code engine}, or {@code
   * config:<kafka key>}.
   */
  record AllowedValues(String field, Set<String> values) implements RuleCheck {
    public AllowedValues {
      values = Set.copyOf(values);
    }
  }

  /** {@code topicRanges}: bounds on partitions, replication factor, min ISR and retention. */
  record TopicRanges(
      Optional<Range> partitions,
      Optional<Range> replicationFactor,
      Optional<Range> minInsyncReplicas,
      Optional<Range> retentionMs)
      implements RuleCheck {}

  /**
   * {@code durability}: the floor a service level needs, for example RF ≥ 3 and {@code
   * min.insync.replicas} ≥ 2 for tier-1; an unset {@code min.insync.replicas} counts as Kafka's
   * default of 1.
   */
  record Durability(int minReplicationFactor, int minInsyncReplicas) implements RuleCheck {}

  /** {@code compatibility}: the compatibility levels schemas of selected products may use. */
  record CompatibilityLevels(Set<Compatibility> allowed) implements RuleCheck {
    public CompatibilityLevels {
      allowed = Set.copyOf(allowed);
    }
  }

  /** {@code inputQuality}: the quality tiers a selected product's inputs must have. */
  record InputQuality(Set<Quality> allowed) implements RuleCheck {
    public InputQuality {
      allowed = Set.copyOf(allowed);
    }
  }

  /**
   * {@code sensitiveData}: products tagged {@code tag} must have quality {@code requireQuality},
   * and when {@code crossDomainRequiresGrant}, every reader from another domain (a consumer or a
   * derived product) needs a grant from the owner.
   */
  record SensitiveData(
      String tag, Optional<Quality> requireQuality, boolean crossDomainRequiresGrant)
      implements RuleCheck {}

  /**
   * {@code cel}: a CEL expression over the documented context ({@code product}, {@code domain},
   * {@code inputs}, {@code consumers}, {@code mesh}) that must evaluate to {@code true}.
   *
   * @param expressionLine the line the expression text starts on, to map CEL's positions back
   */
  record Cel(String expression, int expressionLine, int expressionColumn) implements RuleCheck {}
}
