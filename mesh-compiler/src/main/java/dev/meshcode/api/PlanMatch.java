package dev.meshcode.api;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a saved plan still says what the mesh wants in the chosen environment. The staleness
 * check guards against live state that moved; this guards against the other side: descriptors
 * changed after the plan was reviewed, or a plan made for the sandbox applied to production (where
 * overrides and the topic prefix differ). Sensitive values are not in a plan and are not compared.
 */
final class PlanMatch {

  private PlanMatch() {}

  /**
   * One line per change of {@code plan} that the mesh no longer asks for; empty when it matches.
   */
  static List<String> differences(Plan plan, DesiredState desired) {
    Map<ResourceAddress, DesiredResource> wanted = new TreeMap<>();
    desired.resources().forEach(r -> wanted.put(r.address(), r));
    List<String> found = new ArrayList<>();
    for (ResourceChange change : plan.changes()) {
      DesiredResource declared = wanted.get(change.address());
      if (change.action() == Action.DELETE) {
        if (declared != null) {
          found.add(change.address() + ": the plan deletes it, the mesh declares it");
        }
      } else if (declared == null) {
        found.add(change.address() + ": the plan writes it, the mesh does not declare it");
      } else if (!change.desired().equals(masked(declared))) {
        found.add(change.address() + ": the plan's values differ from the mesh's");
      }
    }
    return found;
  }

  private static Map<String, String> masked(DesiredResource declared) {
    Map<String, String> values = new TreeMap<>();
    declared
        .resource()
        .attributes()
        .forEach(
            (name, value) ->
                values.put(
                    name,
                    declared.address().kind().attribute(name).sensitive()
                        ? AttributeChange.SENSITIVE
                        : value));
    return values;
  }
}
