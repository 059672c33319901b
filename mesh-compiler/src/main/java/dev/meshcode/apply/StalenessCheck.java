package dev.meshcode.apply;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.plan.Plan;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.state.Fingerprint;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Apply what was reviewed (invariant 3): a saved plan remembers the fingerprint of everything it
 * touches; if a fresh read of those resources differs, the plan no longer says what apply would do,
 * and it is refused.
 */
public final class StalenessCheck {

  public static final String STALE_PLAN = "stale-plan";

  /**
   * What to read again before applying {@code plan}: the resources it touches, each with the
   * attributes its fingerprint covers (a provider may read only those).
   */
  public ReadScope scope(Plan plan) {
    Map<ResourceAddress, List<String>> covered = new TreeMap<>();
    plan.observed().forEach((address, print) -> covered.put(address, print.attributes()));
    return ReadScope.exactly(covered);
  }

  /** An error naming every resource that moved since {@code plan} was computed, if any did. */
  public Optional<Diagnostic> check(Plan plan, LiveState fresh) {
    List<String> moved = new ArrayList<>();
    for (Map.Entry<ResourceAddress, Fingerprint> entry : plan.observed().entrySet()) {
      Fingerprint then = entry.getValue();
      Fingerprint now = then.recompute(fresh.get(entry.getKey()));
      if (!now.value().equals(then.value())) {
        moved.add(entry.getKey() + " (planned from " + then.value() + ", now " + now.value() + ")");
      }
    }
    if (moved.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Diagnostic(
            Severity.ERROR,
            STALE_PLAN,
            "The saved plan is stale: "
                + moved.size()
                + (moved.size() == 1 ? " resource" : " resources")
                + " changed since it was computed.",
            String.join("\n", moved),
            "Run mesh:plan again, review the new plan, and apply that one.",
            Optional.empty()));
  }
}
