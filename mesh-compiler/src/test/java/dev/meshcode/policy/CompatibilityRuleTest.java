package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.testing.ProductBuilder;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompatibilityRuleTest {

  private static Rule levels(Compatibility... allowed) {
    return rule("schemas/compat", new RuleCheck.CompatibilityLevels(Set.of(allowed)));
  }

  @Test
  void evaluate_levelAllowed_noDiagnostics() {
    assertThat(
            evaluate(
                    located("execution", "stocktrades"),
                    levels(Compatibility.BACKWARD, Compatibility.FULL))
                .all())
        .isEmpty();
  }

  @Test
  void evaluate_valueLevelNotAllowed_violationAtCompatibility() {
    // GIVEN
    DataProduct product = located("execution", "stocktrades");

    // WHEN
    Diagnostic d =
        only(evaluate(product, levels(Compatibility.FULL_TRANSITIVE, Compatibility.FULL)));

    // THEN
    assertThat(d.code()).isEqualTo("schemas/compat");
    assertThat(d.summary())
        .isEqualTo(
            "The value schema of execution.stocktrades has compatibility BACKWARD, which is not"
                + " one of the allowed levels [FULL, FULL_TRANSITIVE].");
    assertThat(d.hint())
        .isEqualTo("Set schemas.value.compatibility to one of [FULL, FULL_TRANSITIVE].");
    assertThat(d.location()).contains(field(product, 22));
  }

  @Test
  void evaluate_keySchemaToo_keyViolationAtKeySchema() {
    // GIVEN a NONE key schema, not located in the origin: falls back to the schema's location
    DataProduct base = located("execution", "stocktrades");
    SchemaSpec value = base.valueSchema().orElseThrow();
    SchemaSpec key =
        new SchemaSpec(
            SchemaRole.KEY,
            value.format(),
            value.source(),
            "execution.stocktrades-key",
            Compatibility.NONE,
            value.references(),
            PolicyFixtures.field(base, 25));
    DataProduct product = ProductBuilder.from(base).keySchema(Optional.of(key)).build();

    // WHEN
    Diagnostic d = only(evaluate(product, levels(Compatibility.BACKWARD)));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "The key schema of execution.stocktrades has compatibility NONE, which is not one of"
                + " the allowed levels [BACKWARD].");
    assertThat(d.location()).contains(field(product, 25));
  }
}
