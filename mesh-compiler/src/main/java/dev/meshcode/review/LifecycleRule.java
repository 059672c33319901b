package dev.meshcode.review;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lifecycle rules: a published (or deprecated) product does not vanish, it is deprecated before it
 * is retired, retired only on or after its sunset date, and gains no consumers once deprecated. A
 * deprecated product without a sunset is a descriptor schema error already, so it is not repeated.
 */
final class LifecycleRule {

  private final LocalDate today;

  LifecycleRule(LocalDate today) {
    this.today = today;
  }

  void check(ProductPair pair, Impact impact, List<Diagnostic> out) {
    if (pair.removed()) {
      Stage stage = pair.baseStage();
      if (stage == Stage.PUBLISHED || stage == Stage.DEPRECATED) {
        out.add(ReviewFindings.removed(pair.base().orElseThrow(), impact));
      }
      return;
    }
    if (pair.added()) {
      return;
    }
    DataProduct base = pair.base().orElseThrow();
    DataProduct head = pair.head().orElseThrow();
    if (pair.headStage() == Stage.RETIRED) {
      retirement(base, head).ifPresent(out::add);
    }
    if (pair.headStage() == Stage.DEPRECATED || pair.headStage() == Stage.RETIRED) {
      newConsumers(base, head).forEach(c -> out.add(ReviewFindings.newConsumer(head, c)));
    }
  }

  private Optional<Diagnostic> retirement(DataProduct base, DataProduct head) {
    Stage before = base.lifecycle().stage();
    if (before == Stage.PUBLISHED) {
      return Optional.of(ReviewFindings.retiredWithoutDeprecation(head));
    }
    if (before != Stage.DEPRECATED) {
      return Optional.empty();
    }
    Optional<LocalDate> sunset = head.lifecycle().sunset().or(() -> base.lifecycle().sunset());
    return sunset
        .filter(today::isBefore)
        .map(s -> ReviewFindings.retiredBeforeSunset(head, s, today));
  }

  /** Consumers the head declares that the base did not, by principal and group. */
  private static List<Consumer> newConsumers(DataProduct base, DataProduct head) {
    Set<String> known =
        base.access().consumers().stream().map(LifecycleRule::key).collect(Collectors.toSet());
    return head.access().consumers().stream().filter(c -> !known.contains(key(c))).toList();
  }

  private static String key(Consumer c) {
    return c.principal() + "\u0000" + c.group().orElse("");
  }
}
