package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.ProductBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurabilityRuleTest {

  private static final Rule TIER_1 = rule("durability/tier-1", new RuleCheck.Durability(3, 2));

  @Test
  void evaluate_floorsMet_noDiagnostics() {
    // GIVEN RF 3 and min ISR 2 (the fixture)
    DataProduct product = located("execution", "stocktrades");

    // WHEN / THEN
    assertThat(evaluate(product, TIER_1).all()).isEmpty();
  }

  @Test
  void evaluate_replicationFactorBelowFloor_violationAtReplicationFactor() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .topic(new Topic("execution.stocktrades", 6, 2, Map.of("min.insync.replicas", "2")))
            .build();

    // WHEN
    Diagnostic d = only(evaluate(product, TIER_1));

    // THEN
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.code()).isEqualTo("durability/tier-1");
    assertThat(d.summary())
        .isEqualTo("execution.stocktrades has replication factor 2, below the minimum of 3.");
    assertThat(d.hint()).isEqualTo("Set topic.replicationFactor to 3 or more.");
    assertThat(d.location()).contains(field(product, 15));
  }

  @Test
  void evaluate_minInsyncUnset_countsAsKafkaDefaultOne() {
    // GIVEN no min.insync.replicas: the loader has only the configs map's parent located
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .topic(new Topic("execution.stocktrades", 6, 3, Map.of()))
            .build();

    // WHEN
    Diagnostic d = only(evaluate(product, TIER_1));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has min.insync.replicas 1 (unset, Kafka's default),"
                + " below the minimum of 2.");
    assertThat(d.hint()).isEqualTo("Set topic.configs.min.insync.replicas to 2 or more.");
  }

  @Test
  void evaluate_minInsyncNotANumber_reportsTheValue() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .topic(new Topic("execution.stocktrades", 6, 3, Map.of("min.insync.replicas", "two")))
            .build();

    // WHEN
    Diagnostic d = only(evaluate(product, TIER_1));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades sets min.insync.replicas to \"two\", which is not a whole"
                + " number.");
    assertThat(d.location()).contains(field(product, 17));
  }

  @Test
  void evaluate_ruleWithMessageAndWarning_messageReplacesSummaryFactsInDetail() {
    // GIVEN
    Rule rule =
        new Rule(
            "durability/tier-1",
            "tier-1 survives a broker loss",
            Severity.WARNING,
            TIER_1.selector(),
            TIER_1.check(),
            Optional.of("Tier-1 data must be replicated three times."),
            TIER_1.location());
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .topic(new Topic("execution.stocktrades", 6, 1, Map.of("min.insync.replicas", "2")))
            .build();

    // WHEN
    Diagnostics found = evaluate(product, rule);

    // THEN
    Diagnostic d = only(found);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.summary()).isEqualTo("Tier-1 data must be replicated three times.");
    assertThat(d.detail())
        .isEqualTo(
            "execution.stocktrades has replication factor 1, below the minimum of 3."
                + " Rule durability/tier-1: tier-1 survives a broker loss.");
  }
}
