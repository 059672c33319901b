package dev.meshcode.check;

import static dev.meshcode.check.CheckTesting.check;
import static dev.meshcode.check.CheckTesting.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import dev.meshcode.model.Topic;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputReferencesTest {

  private static final SourceLocation INPUTS_OF_B_Y =
      new SourceLocation("domains/b/y/product.yaml", 40, 1);

  @Test
  void check_inputNotInMesh_reportsDanglingInputWithSuggestion() {
    // GIVEN b.y reads a.trade, but the product is a.trades
    var y = product("b", "y").inputs("a.trade").build();

    // WHEN / THEN
    assertThat(check(product("a", "trades").build(), y))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("dangling-input");
              assertThat(d.location()).contains(INPUTS_OF_B_Y);
              assertThat(d.summary())
                  .isEqualTo(
                      "Input a.trade of product b.y is not a product of the mesh. Did you mean"
                          + " 'a.trades'?");
            });
  }

  @Test
  void check_inputInMisspeltDomain_suggestsProductOfNearestDomain() {
    // GIVEN b.y reads executon.trades, a typo of the domain execution
    var y = product("b", "y").inputs("executon.trades").build();

    // WHEN / THEN
    assertThat(check(product("execution", "trades").build(), y))
        .singleElement()
        .satisfies(d -> assertThat(d.summary()).endsWith("Did you mean 'execution.trades'?"));
  }

  @Test
  void check_productReadsItself_reportsSelfInput() {
    var y = product("b", "y").inputs("b.y").build();

    assertThat(check(y))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("self-input");
              assertThat(d.location()).contains(INPUTS_OF_B_Y);
              assertThat(d.summary()).isEqualTo("Product b.y lists itself as an input.");
            });
  }

  @Test
  void check_retiredInput_isAnErrorNamingTheReplacement() {
    // GIVEN a.x is retired, replaced by a.z
    var retired =
        new Lifecycle(
            Stage.RETIRED,
            Optional.empty(),
            Optional.of(LocalDate.parse("2026-01-01")),
            Optional.of(new ProductId("a", "z")));
    var x = product("a", "x").lifecycle(retired).build();
    var y = product("b", "y").inputs("a.x").build();

    // WHEN / THEN
    assertThat(check(x, y, product("a", "z").build()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("retired-input");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.location()).contains(INPUTS_OF_B_Y);
              assertThat(d.summary()).isEqualTo("Product b.y reads a.x, which is retired.");
              assertThat(d.hint()).startsWith("Move to its replacement a.z.");
            });
  }

  @Test
  void check_deprecatedInput_warnsWithSunset() {
    var deprecated =
        new Lifecycle(
            Stage.DEPRECATED,
            Optional.empty(),
            Optional.of(LocalDate.parse("2027-03-01")),
            Optional.empty());
    var x = product("a", "x").lifecycle(deprecated).build();
    var y = product("b", "y").inputs("a.x").build();

    assertThat(check(x, y))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("deprecated-input");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.summary())
                  .isEqualTo("Product b.y reads a.x, which is deprecated (sunset 2027-03-01).");
            });
  }

  @Test
  void check_retiredReaderOfRetiredInput_reportsNothing() {
    var retired = Lifecycle.of(Stage.RETIRED);
    var x = product("a", "x").lifecycle(retired).build();
    var y = product("b", "y").lifecycle(retired).inputs("a.x").build();

    assertThat(check(x, y)).isEmpty();
  }

  @Test
  void check_10000DanglingInputsInOneDomain_finishesQuickly() {
    // GIVEN 10,000 products of one domain, each reading a misspelt sibling
    List<DataProduct> products = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String name = String.format("p%05d", i);
      products.add(
          product("m", name)
              .topic(new Topic("m." + name, 1, 3, Map.of()))
              .valueSchema(Optional.empty())
              .inputs(String.format("m.q%05d", i))
              .build());
    }

    // WHEN
    List<Diagnostic> found =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> check(products.toArray(DataProduct[]::new)));

    // THEN every one is reported; the first ones with a suggestion
    assertThat(found).hasSize(10_000).allMatch(d -> d.code().equals("dangling-input"));
    assertThat(found.get(0).summary())
        .isEqualTo(
            "Input m.q00000 of product m.p00000 is not a product of the mesh. Did you mean"
                + " 'm.p00000'?");
  }
}
