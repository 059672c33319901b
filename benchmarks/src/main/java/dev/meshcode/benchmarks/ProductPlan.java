package dev.meshcode.benchmarks;

import java.util.List;

/**
 * What one generated product looks like, decided before anything is written, so that derived
 * products can pick inputs (and owners can grant access) that make the mesh valid.
 *
 * @param index position in the whole mesh; every attribute is a deterministic function of it
 * @param quality {@code raw}, {@code curated} or {@code authoritative}
 * @param sla {@code tier-1} … {@code tier-3}
 * @param tags sorted, without duplicates
 * @param stage {@code draft}, {@code published} or {@code deprecated}
 * @param retentionMs {@code retention.ms}; 0 for a compacted topic, which sets none
 * @param keySchema whether the product also has a key schema
 * @param fields number of fields of the value schema (10–20)
 * @param inputs ids ({@code domain.product}) of the inputs; empty for a source product
 * @param engine {@code flink} or {@code ksqldb}; meaningful for derived products only
 * @param readerDomain the domain of the product's cross-domain consumer
 * @param waivesPartitions the product exceeds the partition limit and carries a waiver for it
 */
record ProductPlan(
    int index,
    String domain,
    String name,
    String quality,
    String sla,
    List<String> tags,
    String stage,
    int partitions,
    long retentionMs,
    boolean keySchema,
    int fields,
    List<String> inputs,
    String engine,
    String readerDomain,
    boolean waivesPartitions) {

  ProductPlan {
    tags = List.copyOf(tags);
    inputs = List.copyOf(inputs);
  }

  String id() {
    return domain + "." + name;
  }

  /** The topic name the mesh's naming convention gives it. */
  String topic() {
    return domain + "." + name;
  }

  boolean derived() {
    return !inputs.isEmpty();
  }

  boolean pii() {
    return tags.contains("pii");
  }

  boolean compacted() {
    return retentionMs == 0;
  }

  /** A source product other products may derive from. */
  boolean usableAsInput() {
    return !derived() && stage.equals("published") && !quality.equals("raw");
  }
}
