package dev.meshcode.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform team's files of the generated mesh: {@code mesh.yaml}, one {@code domain.yaml} per
 * domain, a realistic policy set and two environments. Every product {@link MeshPlan} generates
 * satisfies every error rule here; one product in about a hundred breaks the partition limit and
 * waives it, so the waiver path is measured too.
 */
final class GovernanceFiles {

  /** The rule generated products waive; {@code <policy name>/<rule id>}. */
  static final String PARTITION_LIMIT_RULE = "topic-ranges/partition-limit";

  /**
   * The two CEL rules. Their variables follow {@code docs/policies-cel-context.md}; adjust them
   * here if that context changes.
   */
  static final String CEL_TIER1_PARTITIONS =
      "product.sla != 'tier-1' || product.topic.partitions >= 3";

  static final String CEL_DESCRIPTION_LENGTH =
      "product.lifecycle.stage != 'published' || size(product.description) >= 20";

  private GovernanceFiles() {}

  static String mesh() {
    return """
        apiVersion: meshcode.dev/v1
        kind: Mesh
        name: bench-mesh
        description: A generated mesh for measuring mesh:validate.
        naming:
          topic: "{domain}.{product}"
          subject: topic
        defaults:
          topic:
            partitions: 6
            replicationFactor: 3
            configs:
              min.insync.replicas: 2
          compatibility: BACKWARD
        """;
  }

  static String domain(String name) {
    return """
        apiVersion: meshcode.dev/v1
        kind: Domain
        name: %1$s
        description: Everything the %1$s teams publish.
        owners:
          - "@%1$s-team"
          - "@data-platform"
        """
        .formatted(name);
  }

  /**
   * File name (under {@code policies/}) → content.
   *
   * @param schemas whether products declare schemas; without, no rule asks for a value schema
   */
  static Map<String, String> policies(boolean schemas) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("naming.yaml", PolicyTexts.NAMING);
    files.put(
        "metadata.yaml",
        schemas
            ? PolicyTexts.METADATA
            : PolicyTexts.METADATA.replace("[description, valueSchema]", "[description]"));
    files.put("durability.yaml", PolicyTexts.DURABILITY);
    files.put("topic-ranges.yaml", PolicyTexts.TOPIC_RANGES);
    files.put("compatibility.yaml", PolicyTexts.COMPATIBILITY);
    files.put("lineage.yaml", PolicyTexts.LINEAGE);
    files.put("sensitive-data.yaml", PolicyTexts.SENSITIVE_DATA);
    files.put("custom.yaml", PolicyTexts.custom(CEL_TIER1_PARTITIONS, CEL_DESCRIPTION_LENGTH));
    return files;
  }

  /** File name (under {@code environments/}) → content. */
  static Map<String, String> environments() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "dev.yaml",
        """
        apiVersion: meshcode.dev/v1
        kind: Environment
        name: dev
        description: One-broker development cluster
        kafka:
          bootstrapServers: localhost:9092
        schemaRegistry:
          url: http://localhost:8081
        overrides:
          maxReplicationFactor: 1
          maxMinInsyncReplicas: 1
          partitionScale: 0.25
          topicPrefix: dev.
        """);
    files.put(
        "prod.yaml",
        """
        apiVersion: meshcode.dev/v1
        kind: Environment
        name: prod
        description: Production cluster
        kafka:
          bootstrapServers: broker-1.prod:9092,broker-2.prod:9092,broker-3.prod:9092
          properties:
            security.protocol: SASL_SSL
            sasl.mechanism: PLAIN
          credentials:
            server: kafka-prod
        schemaRegistry:
          url: https://schema-registry.prod:8081
          credentials:
            username: sr-deployer
            password: "${env:SR_PASSWORD}"
        catalog:
          topic: _meshcode.catalog
        sqlEngine:
          url: http://flink-gateway.prod:8083
        """);
    return files;
  }
}
