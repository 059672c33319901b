package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Access;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Grant;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Selector;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mesh-aware examples of docs/policies-cel-context.md, exactly as documented there. */
class CelExamplesTest {

  static final String CURATED_LINEAGE =
      "product.quality != 'curated'"
          + " || inputs.all(i, i.quality in ['curated', 'authoritative'])";

  static final String PII_NEEDS_GRANT =
      "!('pii' in product.tags)"
          + " || consumers.all(c, c.domain == product.domain"
          + " || product.grants.exists(g, g.domain == c.domain))";

  private static final SourceLocation AT = new SourceLocation("x.yaml", 1, 1);

  private static Rule cel(String code, String expression, String message) {
    return new Rule(
        code,
        "",
        Severity.ERROR,
        Selector.all(),
        new RuleCheck.Cel(expression, 9, 11),
        Optional.of(message),
        RULE_AT);
  }

  private static final Rule LINEAGE =
      cel("lineage/curated", CURATED_LINEAGE, "Curated products derive only from curated data.");
  private static final Rule PII =
      cel("privacy/pii-grant", PII_NEEDS_GRANT, "PII is read outside its domain without a grant.");

  @Test
  void curatedLineage_curatedFromRaw_violationOnTheDerivedProduct() {
    // GIVEN
    DataProduct raw = ProductBuilder.from(located("crm", "clicks")).quality(Quality.RAW).build();
    DataProduct authoritative =
        ProductBuilder.from(located("crm", "accounts")).quality(Quality.AUTHORITATIVE).build();
    DataProduct derived =
        ProductBuilder.from(located("risk", "scores")).inputs("crm.accounts", "crm.clicks").build();

    // WHEN
    Diagnostic d = only(evaluate(List.of(raw, authoritative, derived), LINEAGE));

    // THEN
    assertThat(d.code()).isEqualTo("lineage/curated");
    assertThat(d.summary()).isEqualTo("Curated products derive only from curated data.");
    assertThat(d.location()).contains(derived.origin().start());
  }

  @Test
  void curatedLineage_curatedFromAuthoritative_passes() {
    DataProduct authoritative =
        ProductBuilder.from(located("crm", "accounts")).quality(Quality.AUTHORITATIVE).build();
    DataProduct derived =
        ProductBuilder.from(located("risk", "scores")).inputs("crm.accounts").build();

    assertThat(evaluate(List.of(authoritative, derived), LINEAGE).all()).isEmpty();
  }

  @Test
  void piiGrant_derivedProductInOtherDomainWithoutGrant_violation() {
    // GIVEN
    DataProduct customers = ProductBuilder.from(located("crm", "customers")).tags("pii").build();
    DataProduct scores =
        ProductBuilder.from(located("risk", "scores")).inputs("crm.customers").build();

    // WHEN
    Diagnostic d = only(evaluate(List.of(customers, scores), PII));

    // THEN
    assertThat(d.code()).isEqualTo("privacy/pii-grant");
    assertThat(d.detail()).isEqualTo("crm.customers fails CEL rule privacy/pii-grant.");
    assertThat(d.location()).contains(customers.origin().start());
  }

  @Test
  void piiGrant_applicationFromOtherDomainWithoutGrant_violation() {
    DataProduct customers =
        ProductBuilder.from(located("crm", "customers"))
            .tags("pii")
            .access(
                new Access(
                    List.of(),
                    List.of(new Consumer("User:bi", Optional.empty(), Optional.of("bi"), AT)),
                    List.of()))
            .build();

    assertThat(evaluate(List.of(customers), PII).all())
        .extracting(Diagnostic::code)
        .containsExactly("privacy/pii-grant");
  }

  @Test
  void piiGrant_grantedDomain_passes() {
    DataProduct customers =
        ProductBuilder.from(located("crm", "customers"))
            .tags("pii")
            .access(new Access(List.of(), List.of(), List.of(new Grant("risk", "fraud", AT))))
            .build();
    DataProduct scores =
        ProductBuilder.from(located("risk", "scores")).inputs("crm.customers").build();

    assertThat(evaluate(List.of(customers, scores), PII).all()).isEmpty();
  }
}
