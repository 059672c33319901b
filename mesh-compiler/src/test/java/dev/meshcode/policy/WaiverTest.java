package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Topic;
import dev.meshcode.model.Waiver;
import dev.meshcode.testing.ProductBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaiverTest {

  private static final Rule TIER_1 = rule("durability/tier-1", new RuleCheck.Durability(3, 2));
  private static final String REASON = "Moving to the new cluster in Q3 (ticket OPS-42).";

  private static SourceLocation waiverAt(DataProduct p) {
    return new SourceLocation(p.origin().file(), 50, 5);
  }

  private static Waiver waiver(DataProduct p, String rule, String reason, LocalDate expires) {
    return new Waiver(rule, reason, Optional.ofNullable(expires), waiverAt(p));
  }

  /** RF 2: violates durability/tier-1 once, at topic/replicationFactor (line 15). */
  private static DataProduct underReplicated(Waiver... waivers) {
    return ProductBuilder.from(located("execution", "stocktrades"))
        .topic(new Topic("execution.stocktrades", 6, 2, Map.of("min.insync.replicas", "2")))
        .waivers(waivers)
        .build();
  }

  @Test
  void waiverForViolatedRule_turnsViolationIntoInfoQuotingReason() {
    // GIVEN
    DataProduct base = underReplicated();
    DataProduct product =
        underReplicated(waiver(base, "durability/tier-1", REASON, LocalDate.of(2026, 9, 30)));

    // WHEN
    Diagnostic d = only(evaluate(product, TIER_1));

    // THEN
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThat(d.code()).isEqualTo("waived");
    assertThat(d.summary())
        .isEqualTo(
            "Rule durability/tier-1 is waived for execution.stocktrades: \"" + REASON + "\".");
    assertThat(d.detail())
        .isEqualTo(
            "Waived error: execution.stocktrades has replication factor 2, below the minimum of 3."
                + " Waiver declared at domains/execution/stocktrades/product.yaml:50:5.");
    assertThat(d.hint())
        .isEqualTo("The waiver expires on 2026-09-30; fix the violation before then.");
    assertThat(d.location()).contains(field(product, 15));
  }

  @Test
  void waiverExpiringToday_stillApplies() {
    DataProduct base = underReplicated();
    DataProduct product =
        underReplicated(waiver(base, "durability/tier-1", REASON, PolicyFixtures.TODAY));

    assertThat(only(evaluate(product, TIER_1)).code()).isEqualTo("waived");
  }

  @Test
  void expiredWaiver_violationStandsAndWarningAtWaiver() {
    // GIVEN expired yesterday
    DataProduct base = underReplicated();
    DataProduct product =
        underReplicated(waiver(base, "durability/tier-1", REASON, LocalDate.of(2026, 6, 14)));

    // WHEN
    List<Diagnostic> found = evaluate(product, TIER_1).all();

    // THEN
    assertThat(found)
        .extracting(Diagnostic::severity, Diagnostic::code)
        .containsExactly(
            tuple(Severity.ERROR, "durability/tier-1"), tuple(Severity.WARNING, "waiver-expired"));
    Diagnostic expired = found.get(1);
    assertThat(expired.summary())
        .isEqualTo(
            "The waiver of durability/tier-1 for execution.stocktrades expired on 2026-06-14, so"
                + " the rule applies again.");
    assertThat(expired.hint())
        .isEqualTo(
            "Fix the violation and remove the waiver, or renew it with a new expires date after"
                + " review.");
    assertThat(expired.location()).contains(waiverAt(product));
  }

  @Test
  void waiverForUnknownRule_warningWithDidYouMean() {
    // GIVEN a typo in the rule code
    DataProduct base = underReplicated();
    DataProduct product = underReplicated(waiver(base, "durability/tier1", REASON, null));

    // WHEN
    List<Diagnostic> found = evaluate(product, TIER_1).all();

    // THEN the violation stands
    assertThat(found)
        .extracting(Diagnostic::code)
        .containsExactly("durability/tier-1", "waiver-unknown-rule");
    Diagnostic unknown = found.get(1);
    assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
    assertThat(unknown.summary())
        .isEqualTo(
            "The waiver for execution.stocktrades names rule durability/tier1, which no policy"
                + " defines.");
    assertThat(unknown.hint())
        .isEqualTo(
            "Did you mean durability/tier-1? Write the rule as <policy name>/<rule id>, or remove"
                + " the waiver.");
    assertThat(unknown.location()).contains(waiverAt(product));
  }

  @Test
  void waiverForFarFetchedRule_noSuggestion() {
    DataProduct base = located("execution", "stocktrades");
    DataProduct product =
        ProductBuilder.from(base).waivers(waiver(base, "privacy/pii", REASON, null)).build();

    Diagnostic d = only(evaluate(product, TIER_1));

    assertThat(d.code()).isEqualTo("waiver-unknown-rule");
    assertThat(d.hint())
        .isEqualTo("Write the rule as <policy name>/<rule id>, or remove the waiver.");
  }

  @Test
  void waiverForPassingRule_unusedWarning() {
    // GIVEN the fixture meets the floors
    DataProduct base = located("execution", "stocktrades");
    DataProduct product =
        ProductBuilder.from(base).waivers(waiver(base, "durability/tier-1", REASON, null)).build();

    // WHEN
    Diagnostic d = only(evaluate(product, TIER_1));

    // THEN
    assertThat(d.code()).isEqualTo("waiver-unused");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.summary())
        .isEqualTo(
            "The waiver of durability/tier-1 for execution.stocktrades is unused: the product does"
                + " not violate that rule.");
    assertThat(d.hint()).isEqualTo("Remove the waiver.");
    assertThat(d.location()).contains(waiverAt(product));
  }

  @Test
  void waiverWithoutReason_doesNotApply() {
    DataProduct base = underReplicated();
    DataProduct product = underReplicated(waiver(base, "durability/tier-1", "  ", null));

    assertThat(evaluate(product, TIER_1).all())
        .extracting(Diagnostic::code)
        .containsExactly("durability/tier-1", "waiver-without-reason");
  }

  @Test
  void waiverForRuleThatDidNotCompile_neitherUnusedNorUnknown() {
    // GIVEN the waived rule is skipped because its CEL does not compile
    Rule broken = CelRuleTest.cel("product.name ==");
    DataProduct base = located("execution", "stocktrades");
    DataProduct product =
        ProductBuilder.from(base).waivers(waiver(base, broken.code(), REASON, null)).build();

    // WHEN / THEN
    assertThat(evaluate(product, broken).all())
        .extracting(Diagnostic::code)
        .containsExactly("cel-compile");
  }

  @Test
  void waiverOnOneProduct_doesNotExcuseAnother() {
    // GIVEN two under-replicated products, only the first waived
    DataProduct base = underReplicated();
    DataProduct waived = underReplicated(waiver(base, "durability/tier-1", REASON, null));
    DataProduct other =
        ProductBuilder.from(located("execution", "orders"))
            .topic(new Topic("execution.orders", 6, 2, Map.of("min.insync.replicas", "2")))
            .build();

    // WHEN / THEN
    assertThat(evaluate(List.of(waived, other), TIER_1).all())
        .extracting(Diagnostic::code)
        .containsExactly("durability/tier-1", "waived");
  }
}
