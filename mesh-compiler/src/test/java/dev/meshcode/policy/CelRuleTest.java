package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.POLICY_FILE;
import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Selector;
import dev.meshcode.model.SlaTier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CelRuleTest {

  /** The expression text starts at line 9, column 11 of the policy file. */
  static Rule cel(String expression) {
    return new Rule(
        "custom/check",
        "",
        Severity.ERROR,
        Selector.all(),
        new RuleCheck.Cel(expression, 9, 11),
        Optional.of("The custom check failed."),
        RULE_AT);
  }

  private static SourceLocation inPolicy(int line, int column) {
    return new SourceLocation(POLICY_FILE, line, column);
  }

  @Test
  void compile_syntaxError_locatedInsideTheExpression() {
    // GIVEN an expression cut short after "==" (CEL: line 1, column 15)
    Rule rule = cel("product.name ==");

    // WHEN
    Diagnostic d = only(evaluate(located("execution", "stocktrades"), rule));

    // THEN
    assertThat(d.code()).isEqualTo("cel-compile");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.summary())
        .startsWith("CEL rule custom/check does not compile: mismatched input '<EOF>' expecting");
    assertThat(d.hint())
        .isEqualTo(
            "Fix the expression; the variables are product, domain, inputs, consumers, mesh and"
                + " today (docs/policies-cel-context.md).");
    assertThat(d.location()).contains(inPolicy(9, 26));
  }

  @Test
  void compile_undeclaredNameOnSecondLine_locatedOnThatLine() {
    // GIVEN a block scalar whose second line uses an unknown variable (CEL: line 2, column 2)
    Rule rule = cel("product.name == 'x' &&\n  foo.bar");

    // WHEN
    Diagnostic d = only(evaluate(located("execution", "stocktrades"), rule));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "CEL rule custom/check does not compile: undeclared reference to 'foo' (in container"
                + " '').");
    assertThat(d.location()).contains(inPolicy(10, 13));
  }

  @Test
  void compile_statically_nonBoolean_rejected() {
    Diagnostic d = only(evaluate(located("execution", "stocktrades"), cel("1 + 1")));

    assertThat(d.code()).isEqualTo("cel-compile");
    assertThat(d.summary())
        .isEqualTo("CEL rule custom/check does not compile: the expression yields int, not bool.");
    assertThat(d.location()).contains(inPolicy(9, 11));
  }

  @Test
  void evaluate_true_noDiagnostics() {
    assertThat(
            evaluate(located("execution", "stocktrades"), cel("product.name == 'stocktrades'"))
                .all())
        .isEmpty();
  }

  @Test
  void evaluate_false_violationWithMessageAtProduct() {
    // GIVEN
    DataProduct product = located("execution", "stocktrades");

    // WHEN
    Diagnostic d = only(evaluate(product, cel("product.topic.partitions >= 12")));

    // THEN
    assertThat(d.code()).isEqualTo("custom/check");
    assertThat(d.summary()).isEqualTo("The custom check failed.");
    assertThat(d.detail()).isEqualTo("execution.stocktrades fails CEL rule custom/check.");
    assertThat(d.hint())
        .isEqualTo(
            "Change the product so the rule holds, or add a waiver for custom/check with a"
                + " reason.");
    assertThat(d.location()).contains(product.origin().start());
  }

  @Test
  void evaluate_nonBooleanResult_celEvalAtExpression() {
    // GIVEN a dyn-typed expression that yields a string at run time
    Diagnostic d = only(evaluate(located("execution", "stocktrades"), cel("product.name")));

    // THEN
    assertThat(d.code()).isEqualTo("cel-eval");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.summary())
        .isEqualTo(
            "CEL rule custom/check returned string \"stocktrades\" for execution.stocktrades, not a"
                + " bool.");
    assertThat(d.location()).contains(inPolicy(9, 11));
  }

  @Test
  void evaluate_missingKey_celEvalNamesRuleAndProduct() {
    // GIVEN the fixture has no key schema, and the expression does not guard with has()
    Diagnostic d =
        only(
            evaluate(
                located("execution", "stocktrades"), cel("product.schemas.key.format == 'avro'")));

    // THEN
    assertThat(d.code()).isEqualTo("cel-eval");
    assertThat(d.summary())
        .startsWith("CEL rule custom/check failed on execution.stocktrades: ")
        .endsWith("key 'key' is not present in map.");
    assertThat(d.hint()).startsWith("Guard optional fields with has()");
    assertThat(d.location()).contains(inPolicy(9, 11));
  }

  @Test
  void evaluate_guardedOptionalField_passes() {
    assertThat(
            evaluate(
                    located("execution", "stocktrades"),
                    cel("!has(product.schemas.key) || product.schemas.key.format == 'avro'"))
                .all())
        .isEmpty();
  }

  @Test
  void evaluate_selectorExcludesProduct_celNotRun() {
    // GIVEN a failing expression selected only for tier-1 products (the fixture is tier-2)
    Rule base = cel("false || product.name == 'nope'");
    Rule tier1 =
        new Rule(
            base.code(),
            "",
            Severity.ERROR,
            new Selector(
                Set.of(), Set.of(), Set.of(SlaTier.TIER_1), Set.of(), Set.of(), Optional.empty()),
            base.check(),
            base.message(),
            base.location());

    // WHEN / THEN
    assertThat(evaluate(List.of(located("execution", "stocktrades")), tier1).all()).isEmpty();
  }

  @Test
  void evaluate_ruleFailingEverywhere_firstFaultsThenOneCount() {
    // GIVEN 8 products and an expression that fails on each
    List<DataProduct> products =
        IntStream.range(0, 8).mapToObj(i -> located("execution", "p" + i)).toList();

    // WHEN
    List<Diagnostic> found = evaluate(products, cel("product.nokey == 1")).all();

    // THEN
    assertThat(found).hasSize(6).extracting(Diagnostic::code).containsOnly("cel-eval");
    assertThat(found)
        .extracting(Diagnostic::summary)
        .contains("CEL rule custom/check also failed on 3 more products.");
  }
}
