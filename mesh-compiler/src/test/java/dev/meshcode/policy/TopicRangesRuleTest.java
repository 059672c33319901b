package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.locate;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Range;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.ProductBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TopicRangesRuleTest {

  private static Range range(long min, long max) {
    return new Range(OptionalLong.of(min), OptionalLong.of(max));
  }

  private static Range atMost(long max) {
    return new Range(OptionalLong.empty(), OptionalLong.of(max));
  }

  private static Rule ranges(
      Optional<Range> partitions,
      Optional<Range> rf,
      Optional<Range> minIsr,
      Optional<Range> retention) {
    return rule("sizing/ranges", new RuleCheck.TopicRanges(partitions, rf, minIsr, retention));
  }

  private static DataProduct withTopic(Topic topic) {
    DataProduct base = located("execution", "stocktrades");
    return ProductBuilder.from(base).topic(topic).build();
  }

  @Test
  void evaluate_allWithinRanges_noDiagnostics() {
    // GIVEN 6 partitions, RF 3, min ISR 2, retention unset (7 days)
    Rule rule =
        ranges(
            Optional.of(range(3, 12)),
            Optional.of(range(3, 3)),
            Optional.of(range(2, 2)),
            Optional.of(range(86_400_000, 2_592_000_000L)));

    // WHEN / THEN
    assertThat(evaluate(located("execution", "stocktrades"), rule).all()).isEmpty();
  }

  @Test
  void evaluate_partitionsBelowMinimum_violationAtPartitions() {
    // GIVEN
    DataProduct product = withTopic(new Topic("execution.stocktrades", 2, 3, Map.of()));
    Rule rule =
        ranges(Optional.of(range(3, 12)), Optional.empty(), Optional.empty(), Optional.empty());

    // WHEN
    Diagnostic d = only(evaluate(product, rule));

    // THEN
    assertThat(d.code()).isEqualTo("sizing/ranges");
    assertThat(d.summary())
        .isEqualTo("execution.stocktrades has partitions 2, below the minimum of 3.");
    assertThat(d.hint()).isEqualTo("Set topic.partitions within 3..12.");
    assertThat(d.location()).contains(field(product, 14));
  }

  @Test
  void evaluate_replicationFactorAboveMaximum_violationAtReplicationFactor() {
    // GIVEN
    DataProduct product = withTopic(new Topic("execution.stocktrades", 6, 5, Map.of()));
    Rule rule =
        ranges(Optional.empty(), Optional.of(atMost(3)), Optional.empty(), Optional.empty());

    // WHEN
    Diagnostic d = only(evaluate(product, rule));

    // THEN
    assertThat(d.summary())
        .isEqualTo("execution.stocktrades has replication factor 5, above the maximum of 3.");
    assertThat(d.hint()).isEqualTo("Set topic.replicationFactor within ≤ 3.");
    assertThat(d.location()).contains(field(product, 15));
  }

  @Test
  void evaluate_minInsyncUnset_judgedAsOne() {
    // GIVEN
    DataProduct product = withTopic(new Topic("execution.stocktrades", 6, 3, Map.of()));
    Rule rule =
        ranges(Optional.empty(), Optional.empty(), Optional.of(Range.atLeast(2)), Optional.empty());

    // WHEN
    Diagnostic d = only(evaluate(product, rule));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has min.insync.replicas 1 (unset, Kafka's default), below the"
                + " minimum of 2.");
    assertThat(d.location()).contains(field(product, 17));
  }

  @Test
  void evaluate_infiniteRetentionWithMaximum_violationAtRetention() {
    // GIVEN
    DataProduct product =
        locate(
            withTopic(new Topic("execution.stocktrades", 6, 3, Map.of("retention.ms", "-1"))),
            Map.of("topic/configs/retention.ms", 18));
    Rule rule =
        ranges(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(atMost(604_800_000)));

    // WHEN
    Diagnostic d = only(evaluate(product, rule));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has retention.ms -1 (infinite), above the maximum of"
                + " 604800000.");
    assertThat(d.hint()).isEqualTo("Set topic.configs.retention.ms within ≤ 604800000.");
    assertThat(d.location()).contains(field(product, 18));
  }

  @Test
  void evaluate_infiniteRetentionWithOnlyMinimum_passes() {
    // GIVEN
    DataProduct product =
        withTopic(new Topic("execution.stocktrades", 6, 3, Map.of("retention.ms", "-1")));
    Rule rule =
        ranges(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Range.atLeast(1000)));

    // WHEN / THEN
    assertThat(evaluate(product, rule).all()).isEmpty();
  }

  @Test
  void evaluate_retentionUnset_judgedAsKafkaDefault() {
    // GIVEN
    DataProduct product = withTopic(new Topic("execution.stocktrades", 6, 3, Map.of()));
    Rule rule =
        ranges(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Range.atLeast(2_592_000_000L)));

    // WHEN
    Diagnostic d = only(evaluate(product, rule));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has retention.ms 604800000 (unset, Kafka's default), below the"
                + " minimum of 2592000000.");
  }

  @Test
  void compile_emptyRange_policyInvalidAtRule() {
    // GIVEN
    Rule rule =
        ranges(Optional.of(range(12, 3)), Optional.empty(), Optional.empty(), Optional.empty());

    // WHEN
    Diagnostic d = only(evaluate(located("execution", "stocktrades"), rule));

    // THEN
    assertThat(d.code()).isEqualTo("policy-invalid");
    assertThat(d.summary())
        .isEqualTo("Rule sizing/ranges allows partitions 12..3, an empty range.");
    assertThat(d.location()).contains(RULE_AT);
  }
}
