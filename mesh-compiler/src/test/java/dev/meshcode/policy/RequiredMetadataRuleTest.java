package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredMetadataRuleTest {

  private static Rule required(List<String> fields, Set<String> tags) {
    return rule("catalog/metadata", new RuleCheck.RequiredMetadata(fields, tags));
  }

  @Test
  void evaluate_everythingPresent_noDiagnostics() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades")).tags("finance").build();

    // WHEN / THEN
    assertThat(
            evaluate(
                    product,
                    required(List.of("description", "tags", "valueSchema"), Set.of("finance")))
                .all())
        .isEmpty();
  }

  @Test
  void evaluate_blankDescription_violationAtDescription() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades")).description("  ").build();

    // WHEN
    Diagnostic d = only(evaluate(product, required(List.of("description"), Set.of())));

    // THEN
    assertThat(d.code()).isEqualTo("catalog/metadata");
    assertThat(d.summary())
        .isEqualTo("execution.stocktrades has no description, which is required.");
    assertThat(d.hint()).isEqualTo("Add description to the product descriptor.");
    assertThat(d.location()).contains(field(product, 5));
  }

  @Test
  void evaluate_missingKeySchemaAndConsumers_oneViolationEach() {
    // GIVEN the fixture has no key schema and no consumers; neither is written, so both point
    // at the document start
    DataProduct product = located("execution", "stocktrades");

    // WHEN
    List<Diagnostic> found =
        evaluate(product, required(List.of("keySchema", "consumers"), Set.of())).all();

    // THEN
    assertThat(found)
        .extracting(Diagnostic::summary)
        .containsExactlyInAnyOrder(
            "execution.stocktrades has no key schema, which is required.",
            "execution.stocktrades has no consumers, which is required.");
    assertThat(found)
        .extracting(d -> d.location().orElseThrow())
        .containsOnly(product.origin().start());
  }

  @Test
  void evaluate_missingRequiredTag_violationAtTags() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades")).tags("finance").build();

    // WHEN
    Diagnostic d = only(evaluate(product, required(List.of(), Set.of("finance", "reviewed"))));

    // THEN
    assertThat(d.summary()).isEqualTo("execution.stocktrades lacks the required tag \"reviewed\".");
    assertThat(d.hint()).isEqualTo("Add \"reviewed\" to tags.");
    assertThat(d.location()).contains(field(product, 8));
  }

  @Test
  void compile_unknownField_policyInvalid() {
    // WHEN
    Diagnostic d =
        only(evaluate(located("execution", "stocktrades"), required(List.of("summary"), Set.of())));

    // THEN
    assertThat(d.code()).isEqualTo("policy-invalid");
    assertThat(d.summary())
        .isEqualTo("Rule catalog/metadata requires the unknown field \"summary\".");
    assertThat(d.hint())
        .isEqualTo("Use one of [consumers, description, keySchema, producers, tags, valueSchema].");
    assertThat(d.location()).contains(RULE_AT);
  }
}
