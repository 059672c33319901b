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
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Query;
import dev.meshcode.model.QueryEngine;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.ProductBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedValuesRuleTest {

  private static Rule allowed(String field, String... values) {
    return rule("catalog/allowed", new RuleCheck.AllowedValues(field, Set.of(values)));
  }

  @Test
  void evaluate_tagNotAllowed_violationAtTags() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades")).tags("finance", "secret").build();

    // WHEN
    Diagnostic d = only(evaluate(product, allowed("tags", "pii", "finance")));

    // THEN
    assertThat(d.code()).isEqualTo("catalog/allowed");
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has tag \"secret\", which is not one of the allowed values"
                + " [finance, pii].");
    assertThat(d.hint()).isEqualTo("Change tags to one of [finance, pii].");
    assertThat(d.location()).contains(field(product, 8));
  }

  @Test
  void evaluate_ownerAllowed_noDiagnostics() {
    assertThat(
            evaluate(located("execution", "stocktrades"), allowed("owner", "@execution-team"))
                .all())
        .isEmpty();
  }

  @Test
  void evaluate_ownerNotAllowed_violationAtOwner() {
    DataProduct product = located("execution", "stocktrades");

    Diagnostic d = only(evaluate(product, allowed("owner", "@platform")));

    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has owner \"@execution-team\", which is not one of the allowed"
                + " values [@platform].");
    assertThat(d.location()).contains(field(product, 4));
  }

  @Test
  void evaluate_compatibilityIgnoringCase_passesAndFails() {
    // GIVEN the fixture's value schema is BACKWARD
    DataProduct product = located("execution", "stocktrades");

    // WHEN / THEN
    assertThat(evaluate(product, allowed("compatibility", "backward", "full")).all()).isEmpty();
    Diagnostic d = only(evaluate(product, allowed("compatibility", "full")));
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has value schema compatibility \"BACKWARD\", which is not one"
                + " of the allowed values [full].");
    assertThat(d.hint()).isEqualTo("Change schemas.value.compatibility to one of [full].");
    assertThat(d.location()).contains(field(product, 22));
  }

  @Test
  void evaluate_formatNotAllowed_violationAtSchema() {
    DataProduct product = located("execution", "stocktrades");

    Diagnostic d = only(evaluate(product, allowed("format", "protobuf")));

    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has value schema format \"avro\", which is not one of the"
                + " allowed values [protobuf].");
    assertThat(d.location()).contains(product.valueSchema().orElseThrow().location());
  }

  @Test
  void evaluate_engineNotAllowed_violationAtQuery() {
    // GIVEN a derived product computed by ksqlDB
    SourceLocation queryAt = new SourceLocation("domains/execution/x/product.yaml", 30, 3);
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .query(Optional.of(new Query(QueryEngine.KSQLDB, "q.sql", "SELECT 1", queryAt)))
            .build();

    // WHEN
    Diagnostic d = only(evaluate(product, allowed("engine", "flink")));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has query engine \"ksqldb\", which is not one of the allowed"
                + " values [flink].");
    assertThat(d.location()).contains(queryAt);
  }

  @Test
  void evaluate_configValueNotAllowed_violationAtConfig_unsetConfigPasses() {
    // GIVEN
    DataProduct product =
        locate(
            ProductBuilder.from(located("execution", "stocktrades"))
                .topic(new Topic("execution.stocktrades", 6, 3, Map.of("cleanup.policy", "delete")))
                .build(),
            Map.of("topic/configs/cleanup.policy", 19));

    // WHEN
    Diagnostic d = only(evaluate(product, allowed("config:cleanup.policy", "compact")));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "execution.stocktrades has cleanup.policy \"delete\", which is not one of the allowed"
                + " values [compact].");
    assertThat(d.hint()).isEqualTo("Change topic.configs.cleanup.policy to one of [compact].");
    assertThat(d.location()).contains(field(product, 19));
    assertThat(evaluate(product, allowed("config:compression.type", "zstd")).all()).isEmpty();
  }

  @Test
  void compile_unknownField_policyInvalid() {
    Diagnostic d = only(evaluate(located("execution", "stocktrades"), allowed("sla", "tier-1")));

    assertThat(d.code()).isEqualTo("policy-invalid");
    assertThat(d.summary()).isEqualTo("Rule catalog/allowed restricts the unknown field \"sla\".");
    assertThat(d.location()).contains(RULE_AT);
  }
}
