package dev.meshcode.plan;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.Fingerprint;
import dev.meshcode.state.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one generic planner: diffs desired against live for every kind, driven by each kind's
 * attribute rules. Pure (invariant 2): the same inputs give an equal plan, and nothing is read or
 * written. Compatibility verdicts of schema updates come later, from the registry ({@link
 * Plan#withCompatibility}); a schema for a new subject is judged here, as compatible.
 */
public final class Planner {

  public Plan plan(DesiredState desired, LiveState live, PlanOptions options) {
    ResourceDiff diff = new ResourceDiff();
    List<ResourceChange> changes = new ArrayList<>();
    Map<ResourceAddress, DesiredResource> declared = desired.byAddress();
    for (DesiredResource resource : desired.resources()) {
      diff.diff(resource, live.get(resource.address()))
          .map(c -> judgeNewSubject(c, declared))
          .ifPresent(changes::add);
    }
    Deletions deletions = new Deletions(desired, live);
    changes.addAll(deletions.retired());
    changes.addAll(deletions.orphans(options.prune()));
    List<Diagnostic> found = new ArrayList<>(diff.diagnostics());
    found.addAll(deletions.diagnostics());
    changes.replaceAll(new Lineage(desired)::annotate);
    changes.sort(order(desired, live).comparator());
    return Plan.of(changes, Diagnostics.of(found), fingerprints(changes, declared, live));
  }

  private static ChangeOrder order(DesiredState desired, LiveState live) {
    return new ChangeOrder(
        Stream.concat(
                desired.resources().stream().map(DesiredResource::resource),
                live.resources().values().stream())
            .toList());
  }

  /** A schema registered under a subject that does not exist yet cannot be incompatible. */
  private static ResourceChange judgeNewSubject(
      ResourceChange change, Map<ResourceAddress, DesiredResource> declared) {
    if (change.address().kind() != ResourceKind.SCHEMA || change.action() != Action.CREATE) {
      return change;
    }
    ResourceAddress config =
        new ResourceAddress(ResourceKind.SCHEMA_SUBJECT_CONFIG, change.address().name());
    String level =
        Optional.ofNullable(declared.get(config))
            .flatMap(c -> c.resource().attribute(Attributes.COMPATIBILITY))
            .orElse("");
    return change.withCompatibility(CompatibilityVerdict.newSubject(level));
  }

  /**
   * What the plan was computed from, for each resource it touches: the declared attributes of what
   * it creates or updates, all observed attributes of what it deletes.
   */
  private static Map<ResourceAddress, Fingerprint> fingerprints(
      List<ResourceChange> changes,
      Map<ResourceAddress, DesiredResource> declared,
      LiveState live) {
    Map<ResourceAddress, Fingerprint> observed = new TreeMap<>();
    for (ResourceChange change : changes) {
      Optional<Resource> seen = live.get(change.address());
      Resource basis =
          change.action() == Action.DELETE || !declared.containsKey(change.address())
              ? seen.orElseThrow()
              : declared.get(change.address()).resource();
      observed.put(
          change.address(), Fingerprint.of(seen, new TreeSet<>(basis.attributes().keySet())));
    }
    return observed;
  }
}
