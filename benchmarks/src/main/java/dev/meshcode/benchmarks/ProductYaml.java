package dev.meshcode.benchmarks;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Writes one {@code product.yaml} in descriptor format v1 (see {@code
 * docs/descriptor-reference.md}). Strings that YAML could read as something else (team handles,
 * dates, prefixes ending in {@code *}) are quoted.
 */
final class ProductYaml {

  private final StringBuilder out = new StringBuilder(2048);

  private ProductYaml() {}

  /**
   * @param grants domains the owner lets read the product
   * @param today the day the mesh is generated; lifecycle and waiver dates are relative to it
   * @param schemas whether the product declares its Avro schemas (false: a topic alone)
   */
  static String render(ProductPlan p, SortedSet<String> grants, LocalDate today, boolean schemas) {
    ProductYaml y = new ProductYaml();
    y.header(p, today);
    y.topic(p);
    if (schemas) {
      y.schemas(p);
    }
    y.access(p, grants);
    y.lineage(p);
    y.waivers(p, today);
    return y.out.toString();
  }

  private void header(ProductPlan p, LocalDate today) {
    line("apiVersion: meshcode.dev/v1");
    line("kind: DataProduct");
    line("name: " + p.name());
    line("domain: " + p.domain());
    line("owner: \"@" + p.domain() + "-team\"");
    line("description: " + description(p));
    line("quality: " + p.quality());
    line("sla: " + p.sla());
    line("tags: [" + String.join(", ", p.tags()) + "]");
    line("lifecycle:");
    line("  stage: " + p.stage());
    if (p.stage().equals("deprecated")) {
      line("  since: \"" + today.minusMonths(2) + "\"");
      line("  sunset: \"" + today.plusMonths(6) + "\"");
    }
  }

  private static String description(ProductPlan p) {
    if (p.derived()) {
      int n = p.inputs().size();
      return "Computed by a "
          + p.engine()
          + " query from "
          + (n == 1 ? "one input product" : n + " input products")
          + " (generated product "
          + p.index()
          + ").";
    }
    return "Business events of the "
        + p.domain()
        + " domain, one record per "
        + p.name().split("-")[0]
        + " change (generated product "
        + p.index()
        + ").";
  }

  private void topic(ProductPlan p) {
    line("topic:");
    line("  partitions: " + p.partitions());
    line("  replicationFactor: 3");
    line("  configs:");
    if (p.compacted()) {
      line("    cleanup.policy: compact");
    } else {
      line("    cleanup.policy: delete");
      line("    retention.ms: " + p.retentionMs());
    }
    line("    min.insync.replicas: 2");
    if (p.index() % 4 == 1) {
      line("    compression.type: lz4");
    }
  }

  private void schemas(ProductPlan p) {
    String compatibility = compatibility(p);
    line("schemas:");
    if (p.keySchema()) {
      line("  key:");
      line("    file: " + p.name() + "-key.avsc");
      line("    compatibility: " + compatibility);
    }
    line("  value:");
    line("    file: " + p.name() + ".avsc");
    line("    compatibility: " + compatibility);
  }

  /** Tier-1 products evolve under stricter levels; see the {@code compatibility} policy. */
  private static String compatibility(ProductPlan p) {
    if (!p.sla().equals("tier-1")) {
      return "BACKWARD";
    }
    String[] strict = {"FULL", "FULL_TRANSITIVE", "BACKWARD_TRANSITIVE"};
    return strict[p.index() % strict.length];
  }

  private void access(ProductPlan p, SortedSet<String> grants) {
    line("access:");
    line("  producers:");
    if (p.derived()) {
      line("    - principal: User:" + p.engine() + "-" + p.domain());
    } else {
      line("    - principal: User:svc-" + p.domain() + "-ingest");
      if (p.index() % 6 == 0) {
        line("      transactionalId: \"" + p.domain() + "-ingest-*\"");
      }
    }
    line("  consumers:");
    line("    - principal: User:svc-" + p.domain() + "-" + p.name() + "-reader");
    line("      group: " + p.domain() + "-" + p.name() + "-reader");
    if (!p.readerDomain().equals(p.domain())) {
      line("    - principal: User:svc-" + p.readerDomain());
      line("      group: \"" + p.readerDomain() + "-*\"");
      line("      domain: " + p.readerDomain());
    }
    if (!grants.isEmpty()) {
      line("  grants:");
      for (String domain : grants) {
        line("    - domain: " + domain);
        line("      reason: The " + domain + " team needs it and its privacy review approved.");
      }
    }
  }

  private void lineage(ProductPlan p) {
    if (!p.derived()) {
      return;
    }
    line("inputs:");
    p.inputs().forEach(input -> line("  - " + input));
    line("query:");
    line("  engine: " + p.engine());
    line("  file: query.sql");
  }

  private void waivers(ProductPlan p, LocalDate today) {
    if (!p.waivesPartitions()) {
      return;
    }
    line("waivers:");
    line("  - rule: " + GovernanceFiles.PARTITION_LIMIT_RULE);
    line("    reason: The backfill needs the parallelism until the re-partitioning is done.");
    line("    expires: \"" + today.plusYears(1) + "\"");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
