package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Origin;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Selector;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Policies, located products and one-call evaluation for the policy tests. */
final class PolicyFixtures {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  static final String POLICY_FILE = "policies/governance.yaml";
  static final SourceLocation RULE_AT = new SourceLocation(POLICY_FILE, 7, 5);

  private PolicyFixtures() {}

  static Rule rule(String code, RuleCheck check) {
    return new Rule(code, "", Severity.ERROR, Selector.all(), check, Optional.empty(), RULE_AT);
  }

  static Rule rule(String code, Selector selector, RuleCheck check) {
    return new Rule(code, "", Severity.ERROR, selector, check, Optional.empty(), RULE_AT);
  }

  static PolicySpec policy(Rule... rules) {
    String name = rules[0].code().substring(0, rules[0].code().indexOf('/'));
    return new PolicySpec(
        name, "", List.of(rules), Origin.of(new SourceLocation(POLICY_FILE, 1, 1)));
  }

  static Diagnostics evaluate(List<DataProduct> products, Rule... rules) {
    List<PolicySpec> policies =
        Arrays.stream(rules)
            .collect(Collectors.groupingBy(r -> r.code().substring(0, r.code().indexOf('/'))))
            .values()
            .stream()
            .map(rs -> policy(rs.toArray(Rule[]::new)))
            .toList();
    return new PolicyEngine().evaluate(MeshFixtures.mesh(products, policies), TODAY);
  }

  static Diagnostics evaluate(DataProduct product, Rule... rules) {
    return evaluate(List.of(product), rules);
  }

  static Diagnostic only(Diagnostics diagnostics) {
    if (diagnostics.all().size() != 1) {
      throw new AssertionError("expected one diagnostic, got " + diagnostics.all());
    }
    return diagnostics.all().get(0);
  }

  /** Where field {@code path} is written: line {@code line}, column 3 of the product file. */
  static SourceLocation field(DataProduct product, int line) {
    return new SourceLocation(product.origin().file(), line, 3);
  }

  /** The product with the given fields located (path → line), as the loader records them. */
  static DataProduct locate(DataProduct product, Map<String, Integer> lines) {
    Map<String, SourceLocation> fields =
        lines.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> field(product, e.getValue())));
    return ProductBuilder.from(product)
        .origin(new Origin(product.origin().start(), fields))
        .build();
  }

  /** A product with the usual fields located at fixed lines. */
  static DataProduct located(String domain, String name) {
    return locate(MeshFixtures.product(domain, name), STANDARD_LINES);
  }

  static final Map<String, Integer> STANDARD_LINES =
      Map.ofEntries(
          Map.entry("owner", 4),
          Map.entry("description", 5),
          Map.entry("quality", 6),
          Map.entry("tags", 8),
          Map.entry("topic", 12),
          Map.entry("topic/name", 13),
          Map.entry("topic/partitions", 14),
          Map.entry("topic/replicationFactor", 15),
          Map.entry("topic/configs", 16),
          Map.entry("topic/configs/min.insync.replicas", 17),
          Map.entry("schemas/value", 20),
          Map.entry("schemas/value/compatibility", 22),
          Map.entry("inputs/0", 31),
          Map.entry("inputs/1", 32),
          Map.entry("access/consumers/0", 41),
          Map.entry("access/consumers/1", 43),
          Map.entry("access/consumers/2", 45));
}
