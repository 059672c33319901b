package dev.meshcode.benchmarks;

/**
 * The generated mesh's policies, one text block per file: what a governance group might start with
 * (see the recommended set in {@code docs/policies.md}).
 */
final class PolicyTexts {

  static final String NAMING =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: naming
      description: Topic and subject names follow the mesh convention.
      rules:
        - id: topic-and-subject
          description: topics are named domain.product and subjects after their topic
          naming:
            topic: '{domain}\\.{product}'
            subject: '{domain}\\.{product}-(key|value)'
      """;

  static final String METADATA =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: metadata
      description: What the catalog needs to make a product findable and usable.
      rules:
        - id: described
          description: every product says what its data means and has a value schema
          requiredMetadata:
            fields: [description, valueSchema]
        - id: tier-1-access
          description: tier-1 sources name their writers and readers and are tagged critical
          select:
            sla: [tier-1]
            derived: false
          requiredMetadata:
            fields: [producers, consumers]
            tags: [critical]
      """;

  static final String DURABILITY =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: durability
      description: What each service level needs to survive a broker loss.
      rules:
        - id: tier-1
          description: tier-1 products survive the loss of one broker without data loss
          select:
            sla: [tier-1]
          durability:
            minReplicationFactor: 3
            minInsyncReplicas: 2
        - id: tier-2
          severity: warning
          select:
            sla: [tier-2]
          durability:
            minReplicationFactor: 3
            minInsyncReplicas: 1
      """;

  static final String TOPIC_RANGES =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: topic-ranges
      description: Limits that keep the cluster healthy.
      rules:
        - id: partition-limit
          severity: warning
          description: more than 48 partitions needs the platform team's review
          topicRanges:
            partitions: { min: 1, max: 48 }
        - id: replication-and-retention
          topicRanges:
            replicationFactor: { min: 3, max: 5 }
            minInsyncReplicas: { min: 1, max: 3 }
            retentionMs: { min: 3600000, max: 31536000000 }
        - id: cleanup-policy
          allowedValues:
            field: config:cleanup.policy
            values: [delete, compact]
      """;

  static final String COMPATIBILITY =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: compatibility
      description: Consumers must survive schema changes.
      rules:
        - id: never-none
          compatibility:
            allowed: [BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE]
        - id: tier-1-strict
          select:
            sla: [tier-1]
          compatibility:
            allowed: [BACKWARD_TRANSITIVE, FULL, FULL_TRANSITIVE]
      """;

  static final String LINEAGE =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: lineage
      description: Derived products build on trusted data only.
      rules:
        - id: trusted-inputs
          select:
            derived: true
          inputQuality:
            allowed: [curated, authoritative]
      """;

  static final String SENSITIVE_DATA =
      """
      apiVersion: meshcode.dev/v1
      kind: Policy
      name: sensitive-data
      description: Personal data is authoritative and leaves its domain only with a grant.
      rules:
        - id: pii
          sensitiveData:
            tag: pii
            requireQuality: authoritative
            crossDomainRequiresGrant: true
      """;

  private PolicyTexts() {}

  static String custom(String tier1Partitions, String descriptionLength) {
    return """
        apiVersion: meshcode.dev/v1
        kind: Policy
        name: custom
        description: Rules written in CEL.
        rules:
          - id: tier-1-parallelism
            cel: "%s"
            message: tier-1 topics need at least 3 partitions
          - id: published-description
            severity: warning
            cel: "%s"
            message: published products describe their data in at least 20 characters
        """
        .formatted(tier1Partitions, descriptionLength);
  }
}
