package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputQualityRuleTest {

  private static final Rule CURATED_INPUTS =
      rule(
          "lineage/curated-inputs",
          new RuleCheck.InputQuality(Set.of(Quality.CURATED, Quality.AUTHORITATIVE)));

  @Test
  void evaluate_inputsCurated_noDiagnostics() {
    // GIVEN
    DataProduct input = located("execution", "stocktrades");
    DataProduct derived =
        ProductBuilder.from(located("risk", "exposure")).inputs("execution.stocktrades").build();

    // WHEN / THEN
    assertThat(evaluate(List.of(input, derived), CURATED_INPUTS).all()).isEmpty();
  }

  @Test
  void evaluate_rawInput_violationAtThatInput() {
    // GIVEN the second input is raw
    DataProduct curated = located("execution", "stocktrades");
    DataProduct raw =
        ProductBuilder.from(located("execution", "clicks")).quality(Quality.RAW).build();
    DataProduct derived =
        ProductBuilder.from(located("risk", "exposure"))
            .inputs("execution.stocktrades", "execution.clicks")
            .build();

    // WHEN
    Diagnostic d = only(evaluate(List.of(curated, raw, derived), CURATED_INPUTS));

    // THEN
    assertThat(d.code()).isEqualTo("lineage/curated-inputs");
    assertThat(d.summary())
        .isEqualTo(
            "risk.exposure derives from execution.clicks of quality raw, which is not one of the"
                + " allowed input qualities [curated, authoritative].");
    assertThat(d.hint())
        .isEqualTo(
            "Derive from a product of quality [curated, authoritative], or raise the quality of"
                + " execution.clicks.");
    assertThat(d.location()).contains(field(derived, 32));
  }

  @Test
  void evaluate_unresolvedInput_skipped() {
    // GIVEN an input that does not exist (the reference check reports it)
    DataProduct derived =
        ProductBuilder.from(located("risk", "exposure")).inputs("execution.nothing").build();

    // WHEN / THEN
    assertThat(evaluate(List.of(derived), CURATED_INPUTS).all()).isEmpty();
  }
}
