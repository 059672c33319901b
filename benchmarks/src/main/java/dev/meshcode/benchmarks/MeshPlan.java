package dev.meshcode.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The generated mesh as a plan: domains, products and the grants their owners must give. Every
 * choice is a function of the product's index, so the same size always yields the same mesh.
 *
 * <p>The choices mirror the policy set of {@link GovernanceFiles}: personal data ({@code pii}) is
 * always authoritative and granted to every other domain that reads it, tier-1 products carry the
 * {@code critical} tag, derived products read only curated or authoritative, published sources.
 */
final class MeshPlan {

  private static final List<String> DOMAINS =
      List.of(
          "payments",
          "orders",
          "customers",
          "inventory",
          "shipping",
          "billing",
          "pricing",
          "catalog",
          "marketing",
          "fraud",
          "risk",
          "trading",
          "execution",
          "settlement",
          "accounting",
          "treasury",
          "compliance",
          "identity",
          "support",
          "logistics",
          "warehouse",
          "procurement",
          "suppliers",
          "returns",
          "loyalty",
          "recommendations",
          "search",
          "reviews",
          "notifications",
          "analytics",
          "reporting",
          "payroll",
          "recruiting",
          "facilities",
          "security",
          "devices",
          "telemetry",
          "sessions",
          "content",
          "media",
          "advertising",
          "subscriptions",
          "partners",
          "claims",
          "underwriting",
          "lending",
          "cards",
          "deposits",
          "forex",
          "market-data");
  private static final List<String> NOUNS =
      List.of(
          "events",
          "transactions",
          "snapshots",
          "changes",
          "positions",
          "balances",
          "requests",
          "updates",
          "facts",
          "signals",
          "records",
          "alerts",
          "metrics",
          "statuses");
  private static final List<String> TAGS =
      List.of("finance", "customer", "operational", "reference", "realtime", "batch");
  private static final int[] PARTITIONS = {3, 6, 12, 24};
  private static final long[] RETENTIONS = {86_400_000L, 604_800_000L, 2_592_000_000L};

  private final List<String> domains;
  private final List<ProductPlan> products = new ArrayList<>();
  private final Map<String, SortedSet<String>> grants = new HashMap<>();
  private final Map<String, List<ProductPlan>> inputCandidates = new HashMap<>();

  private MeshPlan(int productCount) {
    this.domains = DOMAINS.subList(0, Math.max(1, Math.min(DOMAINS.size(), productCount / 20)));
    IntStream.range(0, productCount).forEach(this::add);
  }

  static MeshPlan of(int productCount) {
    return new MeshPlan(productCount);
  }

  List<String> domains() {
    return domains;
  }

  List<ProductPlan> products() {
    return products;
  }

  /** The domains the owner of {@code productId} grants read access to, sorted. */
  SortedSet<String> grantsOf(String productId) {
    return grants.getOrDefault(productId, new TreeSet<>());
  }

  private void add(int i) {
    int d = i % domains.size();
    int k = i / domains.size();
    String domain = domains.get(d);
    String name = NOUNS.get(k % NOUNS.size()) + "-" + k;
    String reader = domains.get((d + 7) % domains.size());
    List<String> inputs = i % 5 == 4 ? chooseInputs(i, d) : List.of();
    ProductPlan p =
        inputs.isEmpty()
            ? source(i, domain, name, reader)
            : derived(i, domain, name, inputs, reader);
    products.add(p);
    if (p.usableAsInput()) {
      inputCandidates.computeIfAbsent(domain, x -> new ArrayList<>()).add(p);
    }
    if (p.pii() && !reader.equals(domain)) {
      grant(p.id(), reader);
    }
  }

  private ProductPlan source(int i, String domain, String name, String reader) {
    boolean pii = i % 7 == 0;
    String quality = pii || i % 10 >= 7 ? "authoritative" : i % 10 == 0 ? "raw" : "curated";
    String sla = "tier-" + (i % 3 + 1);
    TreeSet<String> tags = new TreeSet<>(List.of(TAGS.get(i % 6), TAGS.get(i / 6 % 6)));
    if (pii) {
      tags.add("pii");
    }
    if (sla.equals("tier-1")) {
      tags.add("critical");
    }
    String stage = i % 40 == 13 ? "draft" : i % 97 == 5 ? "deprecated" : "published";
    boolean waiver = i % 101 == 50;
    int partitions = waiver ? 96 : PARTITIONS[i % 4];
    long retention = i % 8 == 3 ? 0 : RETENTIONS[i % 3];
    return new ProductPlan(
        i,
        domain,
        name,
        quality,
        sla,
        List.copyOf(tags),
        stage,
        partitions,
        retention,
        i % 3 == 0,
        10 + i % 11,
        List.of(),
        "",
        reader,
        waiver);
  }

  private ProductPlan derived(
      int i, String domain, String name, List<String> inputs, String reader) {
    List<String> tags = List.of("analytics", TAGS.get(i % 6));
    return new ProductPlan(
        i,
        domain,
        name,
        "curated",
        i % 2 == 0 ? "tier-2" : "tier-3",
        tags.stream().sorted().distinct().toList(),
        "published",
        PARTITIONS[i % 4],
        RETENTIONS[i % 3],
        false,
        10 + i % 11,
        inputs,
        i % 2 == 0 ? "flink" : "ksqldb",
        reader,
        false);
  }

  /** Up to three recent sources of the same domain, plus, for every third, one from another. */
  private List<String> chooseInputs(int i, int d) {
    String domain = domains.get(d);
    List<String> chosen = new ArrayList<>();
    List<ProductPlan> own = inputCandidates.getOrDefault(domain, List.of());
    for (int n = 0; n < 1 + i % 3 && n < own.size(); n++) {
      chosen.add(own.get(own.size() - 1 - n).id());
    }
    String other = domains.get((d + 1) % domains.size());
    List<ProductPlan> foreign = inputCandidates.getOrDefault(other, List.of());
    if (i % 3 == 0 && !other.equals(domain) && !foreign.isEmpty()) {
      ProductPlan input = foreign.get(foreign.size() - 1);
      chosen.add(input.id());
      if (input.pii()) {
        grant(input.id(), domain);
      }
    }
    return chosen;
  }

  private void grant(String productId, String toDomain) {
    grants.computeIfAbsent(productId, x -> new TreeSet<>()).add(toDomain);
  }
}
