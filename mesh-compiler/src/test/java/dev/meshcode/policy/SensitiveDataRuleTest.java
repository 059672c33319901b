package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Access;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Grant;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SensitiveDataRuleTest {

  private static final Rule PII =
      rule("privacy/pii", new RuleCheck.SensitiveData("pii", Optional.of(Quality.CURATED), true));

  private static final SourceLocation ELSEWHERE = new SourceLocation("x.yaml", 99, 1);

  private static Consumer consumer(String principal, String domain) {
    return new Consumer(principal, Optional.empty(), Optional.ofNullable(domain), ELSEWHERE);
  }

  private static DataProduct customers(List<Consumer> consumers, List<Grant> grants) {
    return ProductBuilder.from(located("crm", "customers"))
        .tags("pii")
        .access(new Access(List.of(), consumers, grants))
        .build();
  }

  @Test
  void evaluate_untaggedProduct_notJudged() {
    // GIVEN a raw product read from another domain, but not tagged pii
    DataProduct product =
        ProductBuilder.from(located("crm", "customers"))
            .quality(Quality.RAW)
            .access(new Access(List.of(), List.of(consumer("User:a", "risk")), List.of()))
            .build();

    // WHEN / THEN
    assertThat(evaluate(product, PII).all()).isEmpty();
  }

  @Test
  void evaluate_taggedRawProduct_violationAtQuality() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(customers(List.of(), List.of())).quality(Quality.RAW).build();

    // WHEN
    Diagnostic d = only(evaluate(product, PII));

    // THEN
    assertThat(d.code()).isEqualTo("privacy/pii");
    assertThat(d.summary())
        .isEqualTo("crm.customers is tagged pii but has quality raw, below the required curated.");
    assertThat(d.location()).contains(field(product, 6));
  }

  @Test
  void evaluate_authoritativeMeetsCurated_noDiagnostics() {
    DataProduct product =
        ProductBuilder.from(customers(List.of(), List.of())).quality(Quality.AUTHORITATIVE).build();

    assertThat(evaluate(product, PII).all()).isEmpty();
  }

  @Test
  void evaluate_consumerFromOtherDomainWithoutGrant_violationAtConsumer() {
    // GIVEN consumer 0 is in-domain, 1 names no domain (taken as in-domain), 2 is from risk
    DataProduct product =
        customers(
            List.of(
                consumer("User:crm-app", "crm"),
                consumer("User:unknown", null),
                consumer("User:risk-engine", "risk")),
            List.of());

    // WHEN
    Diagnostic d = only(evaluate(product, PII));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "User:risk-engine of domain risk reads pii product crm.customers, but crm.customers"
                + " grants no access to domain risk.");
    assertThat(d.hint())
        .isEqualTo(
            "Have the owner of crm.customers add access.grants: [{domain: risk, reason: ...}], or"
                + " stop reading it from risk.");
    assertThat(d.location()).contains(field(product, 45));
  }

  @Test
  void evaluate_consumerFromGrantedDomain_noDiagnostics() {
    DataProduct product =
        customers(
            List.of(consumer("User:risk-engine", "risk")),
            List.of(new Grant("risk", "fraud scoring, approved by DPO", ELSEWHERE)));

    assertThat(evaluate(product, PII).all()).isEmpty();
  }

  @Test
  void evaluate_derivedProductInOtherDomain_violationAtItsInput() {
    // GIVEN risk.scores derives from crm.customers; crm.segments (same domain) does too
    DataProduct product = customers(List.of(), List.of());
    DataProduct scores =
        ProductBuilder.from(located("risk", "scores")).inputs("crm.customers").build();
    DataProduct segments =
        ProductBuilder.from(located("crm", "segments")).inputs("crm.customers").build();

    // WHEN
    Diagnostic d = only(evaluate(List.of(product, scores, segments), PII));

    // THEN
    assertThat(d.code()).isEqualTo("privacy/pii");
    assertThat(d.summary())
        .isEqualTo(
            "derived product risk.scores reads pii product crm.customers, but crm.customers grants"
                + " no access to domain risk.");
    assertThat(d.location()).contains(field(scores, 31));
  }

  @Test
  void evaluate_grantCheckOff_onlyQualityJudged() {
    // GIVEN
    Rule qualityOnly =
        rule("privacy/pii", new RuleCheck.SensitiveData("pii", Optional.empty(), false));
    DataProduct product = customers(List.of(consumer("User:risk-engine", "risk")), List.of());

    // WHEN / THEN
    assertThat(evaluate(product, qualityOnly).all()).isEmpty();
  }
}
