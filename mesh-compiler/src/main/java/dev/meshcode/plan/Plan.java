package dev.meshcode.plan;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.state.Fingerprint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ordered change set: what a reviewer reads and what apply executes. Changes come in apply
 * order (by phase, schemas in reference order, deletes last and in reverse); no-ops are left out.
 *
 * @param formatVersion the plan file format, {@value #FORMAT_VERSION}
 * @param observed the fingerprint of the live state of every resource a change touches, as planned
 *     from; apply refuses the plan when a fresh read differs
 */
public record Plan(
    String formatVersion,
    List<ResourceChange> changes,
    PlanSummary summary,
    Diagnostics diagnostics,
    Map<ResourceAddress, Fingerprint> observed) {

  public static final String FORMAT_VERSION = "1";

  public Plan {
    changes = List.copyOf(changes);
    observed = Collections.unmodifiableSortedMap(new TreeMap<>(observed));
  }

  public static Plan of(
      List<ResourceChange> changes,
      Diagnostics diagnostics,
      Map<ResourceAddress, Fingerprint> observed) {
    return new Plan(FORMAT_VERSION, changes, PlanSummary.of(changes), diagnostics, observed);
  }

  /** No change is pending (there may still be diagnostics). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public Optional<ResourceChange> change(ResourceAddress address) {
    return changes.stream().filter(c -> c.address().equals(address)).findFirst();
  }

  /**
   * This plan with the compatibility verdicts of its schema changes; every incompatible one is also
   * an error ({@code schema-incompatible}), since apply would be rejected.
   */
  public Plan withCompatibility(Map<ResourceAddress, CompatibilityVerdict> verdicts) {
    List<ResourceChange> judged = new ArrayList<>();
    List<Diagnostic> found = new ArrayList<>(diagnostics.all());
    for (ResourceChange change : changes) {
      CompatibilityVerdict verdict = verdicts.get(change.address());
      if (verdict == null) {
        judged.add(change);
        continue;
      }
      judged.add(change.withCompatibility(verdict));
      if (!verdict.compatible()) {
        found.add(PlanDiagnostics.incompatible(change, verdict));
      }
    }
    return new Plan(formatVersion, judged, summary, Diagnostics.of(found), observed);
  }
}
