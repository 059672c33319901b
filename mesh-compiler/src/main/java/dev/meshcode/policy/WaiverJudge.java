package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a product's waivers to its violations. A waiver is active when it names a known rule,
 * gives a reason and has not expired (it still applies on its {@code expires} day). An active
 * waiver turns each violation of its rule by this product into an {@code info} diagnostic {@code
 * waived} that quotes the reason; every other waiver is reported, so none rots silently.
 */
final class WaiverJudge {

  private final CompiledRules rules;
  private final LocalDate today;

  WaiverJudge(CompiledRules rules, LocalDate today) {
    this.rules = rules;
    this.today = today;
  }

  /** The product's violations, waived where a waiver applies, plus the waivers' own problems. */
  List<Diagnostic> judge(DataProduct product, List<Diagnostic> violations) {
    List<Diagnostic> out = new ArrayList<>();
    List<Waiver> active = new ArrayList<>();
    for (Waiver waiver : product.waivers()) {
      Optional<Diagnostic> problem = problem(product, waiver);
      problem.ifPresent(out::add);
      if (problem.isEmpty()) {
        active.add(waiver);
      }
    }
    Set<String> used = new HashSet<>();
    for (Diagnostic violation : violations) {
      Optional<Waiver> waiver =
          active.stream().filter(w -> w.rule().equals(violation.code())).findFirst();
      waiver.ifPresent(w -> used.add(w.rule()));
      out.add(waiver.map(w -> waived(product, violation, w)).orElse(violation));
    }
    for (Waiver waiver : active) {
      if (!used.contains(waiver.rule()) && !rules.skipped().contains(waiver.rule())) {
        out.add(WaiverNotices.unused(product, waiver));
      }
    }
    return out;
  }

  private Optional<Diagnostic> problem(DataProduct product, Waiver waiver) {
    if (waiver.reason().isBlank()) {
      return Optional.of(WaiverNotices.withoutReason(product, waiver));
    }
    if (!rules.codes().contains(waiver.rule())) {
      return Optional.of(
          WaiverNotices.unknownRule(
              product, waiver, DidYouMean.closest(waiver.rule(), rules.codes())));
    }
    if (waiver.expires().filter(today::isAfter).isPresent()) {
      return Optional.of(WaiverNotices.expired(product, waiver));
    }
    return Optional.empty();
  }

  private static Diagnostic waived(DataProduct product, Diagnostic violation, Waiver waiver) {
    String detail =
        "Waived "
            + violation.severity().label()
            + ": "
            + violation.summary()
            + " Waiver declared at "
            + waiver.location()
            + ".";
    String hint =
        waiver
            .expires()
            .map(d -> "The waiver expires on " + d + "; fix the violation before then.")
            .orElse("Fix the violation when you can, then remove the waiver.");
    return new Diagnostic(
        Severity.INFO,
        "waived",
        "Rule "
            + violation.code()
            + " is waived for "
            + product.id()
            + ": \""
            + waiver.reason().strip()
            + "\".",
        detail,
        hint,
        violation.location());
  }
}
