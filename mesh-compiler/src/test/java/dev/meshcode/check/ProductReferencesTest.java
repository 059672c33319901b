package dev.meshcode.check;

import static dev.meshcode.check.CheckTesting.check;
import static dev.meshcode.check.CheckTesting.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Access;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.Grant;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import dev.meshcode.testing.MeshFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductReferencesTest {

  @Test
  void check_undeclaredDomain_reportsUnknownDomainWithSuggestion() {
    // GIVEN product "executon.x" while only "execution" is declared
    var p = product("executon", "x").owner("@execution-team").build();

    // WHEN
    List<Diagnostic> found = check(List.of(MeshFixtures.domain("execution")), p);

    // THEN
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-domain");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.location())
                  .contains(new SourceLocation("domains/executon/x/product.yaml", 4, 9));
              assertThat(d.summary())
                  .isEqualTo(
                      "Product executon.x belongs to domain 'executon', which is not declared."
                          + " Did you mean 'execution'?");
              assertThat(d.hint()).contains("domains/executon/domain.yaml");
            });
  }

  @Test
  void check_ownerNotOfDomain_reportsUnknownOwnerListingAllowed() {
    // GIVEN owner @risk-team on a product of domain a (owners: @a-team)
    var p = product("a", "x").owner("@risk-team").build();

    // WHEN / THEN
    assertThat(check(p))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-owner");
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 5, 8));
              assertThat(d.summary())
                  .isEqualTo(
                      "Owner '@risk-team' of product a.x is not an owner of domain 'a' (allowed: @a-team).");
            });
  }

  @Test
  void check_misspeltOwner_suggestsTheDomainsOwner() {
    var p = product("a", "x").owner("@a-tem").build();

    assertThat(check(p))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.summary())
                    .isEqualTo(
                        "Owner '@a-tem' of product a.x is not an owner of domain 'a' (allowed:"
                            + " @a-team). Did you mean '@a-team'?"));
  }

  @Test
  void check_unknownReplacement_reportsAtReplacedByWithSuggestion() {
    // GIVEN a.x deprecated in favour of a.y2, which does not exist (a.y does)
    var lifecycle =
        new Lifecycle(
            Stage.DEPRECATED,
            Optional.empty(),
            Optional.of(LocalDate.parse("2027-01-01")),
            Optional.of(new ProductId("a", "y2")));
    var x = product("a", "x").lifecycle(lifecycle).build();

    // WHEN / THEN
    assertThat(check(x, product("a", "y").build()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-replacement");
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 9, 15));
              assertThat(d.summary())
                  .isEqualTo(
                      "Product a.x is replaced by a.y2, which is not in the mesh. Did you mean 'a.y'?");
            });
  }

  @Test
  void check_sunsetOnPublishedProduct_warns() {
    // GIVEN a published product with a sunset date
    var lifecycle =
        new Lifecycle(
            Stage.PUBLISHED,
            Optional.empty(),
            Optional.of(LocalDate.parse("2027-01-01")),
            Optional.empty());

    // WHEN / THEN
    assertThat(check(product("a", "x").lifecycle(lifecycle).build()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("sunset-without-deprecation");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 8, 11));
              assertThat(d.summary())
                  .isEqualTo(
                      "Product a.x has a sunset date (2027-01-01) but its stage is published, not"
                          + " deprecated.");
            });
  }

  @Test
  void check_grantAndConsumerForUnknownDomains_warnAtTheirDomainFields() {
    // GIVEN a grant to "risc" and a second consumer in "nowhere"
    var at = MeshFixtures.at("domains/a/x/product.yaml", 28);
    var access =
        new Access(
            List.of(),
            List.of(
                new Consumer("User:a", Optional.empty(), Optional.of("b"), at),
                new Consumer("User:z", Optional.empty(), Optional.of("nowhere"), at)),
            List.of(new Grant("risc", "fraud checks", at)));
    var x = product("a", "x").access(access).build();

    // WHEN
    List<Diagnostic> found = check(x, product("risk", "y").build(), product("b", "z").build());

    // THEN
    assertThat(found)
        .extracting(Diagnostic::code, d -> d.location().orElseThrow().line(), Diagnostic::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "unknown-grant-domain",
                30,
                "Product a.x grants access to domain 'risc', which is not declared. Did you mean"
                    + " 'risk'?"),
            org.assertj.core.groups.Tuple.tuple(
                "unknown-consumer-domain",
                33,
                "Product a.x has consumer User:z in domain 'nowhere', which is not declared."));
    assertThat(found).allMatch(d -> d.severity() == Severity.WARNING);
  }
}
