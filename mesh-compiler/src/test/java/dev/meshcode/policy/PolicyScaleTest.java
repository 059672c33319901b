package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Range;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Selector;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 10,000 products × 8 rules (2 of them CEL) in one evaluation. Not a timed test: it proves the
 * engine gets through a large mesh with the exact expected verdicts, and benchmarks time it.
 */
class PolicyScaleTest {

  private static final int PRODUCTS = 10_000;

  private static List<DataProduct> products() {
    List<DataProduct> all = new ArrayList<>(PRODUCTS);
    for (int i = 0; i < PRODUCTS; i++) {
      String domain = "domain-" + (i % 50);
      String name = "product-" + i;
      ProductBuilder p = ProductBuilder.from(MeshFixtures.product(domain, name));
      if (i % 10 == 0) {
        // every tenth product is under-replicated: one durability violation each
        p.topic(new Topic(domain + "." + name, 6, 2, Map.of("min.insync.replicas", "2")));
      }
      if (i % 2 == 1 && i >= 50) {
        // odd products derive from the product 50 before them, in the same domain
        p.inputs(domain + ".product-" + (i - 50));
      }
      all.add(p.build());
    }
    return all;
  }

  private static Rule cel(String code, String expression) {
    return new Rule(
        code,
        "",
        Severity.ERROR,
        Selector.all(),
        new RuleCheck.Cel(expression, 3, 11),
        Optional.of("fails"),
        PolicyFixtures.RULE_AT);
  }

  private static Rule[] rules() {
    return new Rule[] {
      rule("scale/durability", new RuleCheck.Durability(3, 2)),
      rule(
          "scale/naming",
          new RuleCheck.Naming(Optional.of("{domain}\\.{product}"), Optional.empty())),
      rule("scale/metadata", new RuleCheck.RequiredMetadata(List.of("description"), Set.of())),
      rule(
          "scale/ranges",
          new RuleCheck.TopicRanges(
              Optional.of(Range.atLeast(1)), Optional.empty(), Optional.empty(), Optional.empty())),
      rule("scale/compat", new RuleCheck.CompatibilityLevels(Set.of(Compatibility.BACKWARD))),
      rule(
          "scale/inputs",
          new RuleCheck.InputQuality(Set.of(Quality.CURATED, Quality.AUTHORITATIVE))),
      cel("scale/lineage", "inputs.all(i, i.quality != 'raw')"),
      cel("scale/partitions", "product.topic.partitions <= 12 && consumers.size() <= 1")
    };
  }

  @Test
  void evaluate_tenThousandProductsEightRules_exactVerdicts() {
    // GIVEN
    List<DataProduct> products = products();
    Rule[] rules = rules();

    // WHEN
    Diagnostics found = PolicyFixtures.evaluate(products, rules);

    // THEN only the under-replicated tenth of the mesh is reported
    Map<String, Long> byCode =
        found.all().stream()
            .collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting()));
    assertThat(byCode).isEqualTo(Map.of("scale/durability", (long) PRODUCTS / 10));
  }
}
