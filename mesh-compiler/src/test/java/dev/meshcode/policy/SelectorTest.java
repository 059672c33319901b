package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Selector;
import dev.meshcode.model.SlaTier;
import dev.meshcode.model.Stage;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule judges exactly the products its selector matches; every product fails this rule. */
class SelectorTest {

  /** Fails for every product (no fixture has replication factor 99). */
  private static Rule failingFor(Selector selector) {
    return rule("select/probe", selector, new RuleCheck.Durability(99, 1));
  }

  private static List<String> judged(Selector selector, DataProduct... products) {
    return evaluate(List.of(products), failingFor(selector)).all().stream()
        .map(Diagnostic::summary)
        .map(s -> s.substring(0, s.indexOf(' ')))
        .toList();
  }

  private static Selector select(
      Set<String> domains,
      Set<Quality> quality,
      Set<SlaTier> sla,
      Set<String> tags,
      Set<Stage> stages,
      Optional<Boolean> derived) {
    return new Selector(domains, quality, sla, tags, stages, derived);
  }

  private final DataProduct tier1Pii =
      ProductBuilder.from(located("crm", "customers"))
          .sla(SlaTier.TIER_1)
          .tags("finance", "pii")
          .build();
  private final DataProduct rawDraft =
      ProductBuilder.from(located("execution", "clicks"))
          .quality(Quality.RAW)
          .lifecycle(Lifecycle.of(Stage.DRAFT))
          .build();
  private final DataProduct derived =
      ProductBuilder.from(located("risk", "scores")).inputs("crm.customers").build();

  @Test
  void emptySelector_selectsEveryProduct() {
    assertThat(judged(Selector.all(), tier1Pii, rawDraft, derived))
        .containsExactlyInAnyOrder("crm.customers", "execution.clicks", "risk.scores");
  }

  @Test
  void eachField_selectsOnlyMatchingProducts() {
    Set<String> none = Set.of();
    assertThat(
            judged(
                select(Set.of("risk"), Set.of(), Set.of(), none, Set.of(), Optional.empty()),
                tier1Pii,
                rawDraft,
                derived))
        .containsExactly("risk.scores");
    assertThat(
            judged(
                select(none, Set.of(Quality.RAW), Set.of(), none, Set.of(), Optional.empty()),
                tier1Pii,
                rawDraft,
                derived))
        .containsExactly("execution.clicks");
    assertThat(
            judged(
                select(none, Set.of(), Set.of(SlaTier.TIER_1), none, Set.of(), Optional.empty()),
                tier1Pii,
                rawDraft,
                derived))
        .containsExactly("crm.customers");
    assertThat(
            judged(
                select(none, Set.of(), Set.of(), Set.of("pii", "x"), Set.of(), Optional.empty()),
                tier1Pii,
                rawDraft,
                derived))
        .containsExactly("crm.customers");
    assertThat(
            judged(
                select(none, Set.of(), Set.of(), none, Set.of(Stage.DRAFT), Optional.empty()),
                tier1Pii,
                rawDraft,
                derived))
        .containsExactly("execution.clicks");
    assertThat(
            judged(
                select(none, Set.of(), Set.of(), none, Set.of(), Optional.of(true)),
                tier1Pii,
                rawDraft,
                derived))
        .containsExactly("risk.scores");
  }

  @Test
  void severalFields_productMustMatchAll() {
    // GIVEN tier-1 AND derived: no product is both
    Selector both =
        select(Set.of(), Set.of(), Set.of(SlaTier.TIER_1), Set.of(), Set.of(), Optional.of(true));

    assertThat(judged(both, tier1Pii, rawDraft, derived)).isEmpty();
  }
}
