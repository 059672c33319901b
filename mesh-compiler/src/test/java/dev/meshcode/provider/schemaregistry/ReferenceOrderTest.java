package dev.meshcode.provider.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceOrderTest {

  @Test
  void of_diamond_referencedSubjectsFirstTiesByName() {
    Map<String, Set<String>> refs =
        Map.of(
            "order", Set.of("money", "customer"),
            "customer", Set.of("address"),
            "money", Set.of(),
            "address", Set.of(),
            "invoice", Set.of("money"));

    assertThat(ReferenceOrder.of(refs))
        .containsExactly("address", "customer", "money", "invoice", "order");
  }

  @Test
  void of_referenceOutsideTheSet_isAlreadyRegisteredAndIgnored() {
    assertThat(ReferenceOrder.of(Map.of("b", Set.of("shared-common"), "a", Set.of("b"))))
        .containsExactly("b", "a");
  }

  @Test
  void of_cycle_namesIt() {
    Map<String, Set<String>> refs =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());

    assertThatThrownBy(() -> ReferenceOrder.of(refs))
        .isInstanceOfSatisfying(
            ReferenceOrder.ReferenceCycleException.class,
            e -> assertThat(e.cycle()).containsExactly("a", "b", "c", "a"))
        .hasMessage("schema references form a cycle: a -> b -> c -> a");
  }

  @Test
  void of_selfReference_isACycle() {
    assertThatThrownBy(() -> ReferenceOrder.of(Map.of("a", Set.of("a"))))
        .hasMessage("schema references form a cycle: a -> a");
  }
}
