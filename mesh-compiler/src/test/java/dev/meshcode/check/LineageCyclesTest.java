package dev.meshcode.check;

import static dev.meshcode.check.CheckTesting.check;
import static dev.meshcode.check.CheckTesting.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineageCyclesTest {

  @Test
  void check_twoProductsReadingEachOther_reportsOneCycleAtTheSmallest() {
    // GIVEN a.x reads b.y and b.y reads a.x
    var x = product("a", "x").inputs("b.y").build();
    var y = product("b", "y").inputs("a.x").build();

    // WHEN
    List<Diagnostic> found = check(y, x);

    // THEN one diagnostic, at a.x's input
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("lineage-cycle");
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 40, 1));
              assertThat(d.summary()).isEqualTo("Products form a lineage cycle: a.x → b.y → a.x.");
              assertThat(d.detail()).isEmpty();
            });
  }

  @Test
  void check_twoSeparateCycles_reportsEachOnce() {
    // GIVEN a.p ⇄ a.q and c.r → c.s → c.t → c.r, plus an acyclic reader of both
    List<DataProduct> products =
        List.of(
            product("a", "p").inputs("a.q").build(),
            product("a", "q").inputs("a.p").build(),
            product("c", "r").inputs("c.s").build(),
            product("c", "s").inputs("c.t").build(),
            product("c", "t").inputs("c.r").build(),
            product("d", "reader").inputs("a.p", "c.t").build());

    // WHEN
    List<Diagnostic> found = check(products.toArray(DataProduct[]::new));

    // THEN
    assertThat(found)
        .extracting(Diagnostic::summary)
        .containsExactly(
            "Products form a lineage cycle: a.p → a.q → a.p.",
            "Products form a lineage cycle: c.r → c.s → c.t → c.r.");
  }

  @Test
  void check_tangledCycles_reportsShortestCycleAndListsTheGroup() {
    // GIVEN a.a → a.b → a.c → a.a and a.a → a.c (shortcut): one group, shortest cycle a.a → a.c
    var a = product("a", "a").inputs("a.b", "a.c").build();
    var b = product("a", "b").inputs("a.c").build();
    var c = product("a", "c").inputs("a.a").build();

    // WHEN / THEN
    assertThat(check(a, b, c))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).isEqualTo("Products form a lineage cycle: a.a → a.c → a.a.");
              assertThat(d.detail())
                  .isEqualTo("3 products are caught in cycles here: a.a, a.b, a.c.");
            });
  }

  @Test
  void check_chainOf10000Products_hasNoCycleAndNoStackOverflow() {
    // GIVEN p00000 ← p00001 ← … ← p09999, each reading the previous one
    List<DataProduct> chain = chain(10_000, false);

    // WHEN / THEN
    assertThat(check(chain.toArray(DataProduct[]::new))).isEmpty();
  }

  @Test
  void check_cycleOf10000Products_reportsOneShortenedCycle() {
    // GIVEN the same chain, closed: p00000 reads p09999
    List<DataProduct> cycle = chain(10_000, true);

    // WHEN
    List<Diagnostic> found = check(cycle.toArray(DataProduct[]::new));

    // THEN
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("lineage-cycle");
              assertThat(d.location())
                  .contains(new SourceLocation("domains/m/p00000/product.yaml", 40, 1));
              assertThat(d.summary())
                  .isEqualTo(
                      "Products form a lineage cycle: m.p00000 → m.p09999 → m.p09998 → m.p09997 → … 9993"
                          + " more … → m.p00003 → m.p00002 → m.p00001 → m.p00000.");
              assertThat(d.detail())
                  .startsWith("10000 products are caught in cycles here: m.p00000, m.p00001");
            });
  }

  /** Products m.pNNNNN, each reading the one before; when closed, the first reads the last. */
  private static List<DataProduct> chain(int length, boolean closed) {
    List<DataProduct> products = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      String name = String.format("p%05d", i);
      var builder = product("m", name).topic(new Topic("m." + name, 1, 3, Map.of()));
      if (i > 0) {
        builder.inputs(String.format("m.p%05d", i - 1));
      } else if (closed) {
        builder.inputs(String.format("m.p%05d", length - 1));
      }
      products.add(builder.valueSchema(Optional.empty()).build());
    }
    return products;
  }
}
