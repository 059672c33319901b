package dev.meshcode.provider;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.List;
import java.util.Map;

/**
 * Judges schema changes at plan time (invariant 7), so the plan never calls fine what the registry
 * would reject. The Schema Registry provider implements it with the registry's compatibility
 * endpoint ({@code verbose=true}); when the registry is unreachable, an offline check against the
 * last known version may answer with {@link CompatibilityVerdict.Source#OFFLINE}.
 */
public interface CompatibilityChecker {

  /**
   * The verdict on each schema update of {@code changes} (creates of new subjects are already
   * judged by the planner). A change without a verdict in the answer stays unjudged and is shown
   * so.
   *
   * @param changes {@code schema} changes with action {@code UPDATE}, each carrying the full
   *     desired schema, type and references; the level is the desired subject config when the plan
   *     changes it, else the registry's
   */
  Map<ResourceAddress, CompatibilityVerdict> check(List<ResourceChange> changes);

  /** {@code plan} with the verdicts of its schema updates. */
  default Plan judge(Plan plan) {
    List<ResourceChange> updates =
        plan.changes().stream()
            .filter(c -> c.address().kind() == ResourceKind.SCHEMA)
            .filter(c -> c.compatibility().isEmpty())
            .filter(c -> c.action() != Action.DELETE)
            .toList();
    return updates.isEmpty() ? plan : plan.withCompatibility(check(updates));
  }
}
