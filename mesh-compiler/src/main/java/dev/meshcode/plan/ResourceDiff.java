package dev.meshcode.plan;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.resource.AttributeSchema;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.resource.UpdateRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The change of one declared resource against what was observed, attribute by attribute, under the
 * kind's rules. Only declared attributes are compared: a config the descriptor does not set (a
 * broker default, or one set by hand) is never drift.
 */
final class ResourceDiff {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  Optional<ResourceChange> diff(DesiredResource desired, Optional<Resource> live) {
    if (live.isEmpty()) {
      return Optional.of(create(desired));
    }
    List<AttributeChange> changes = new ArrayList<>();
    boolean replace = false;
    ResourceKind kind = desired.address().kind();
    for (Map.Entry<String, String> entry : desired.resource().attributes().entrySet()) {
      String name = entry.getKey();
      Optional<String> before = live.get().attribute(name);
      if (before.isPresent() && before.get().equals(entry.getValue())) {
        continue;
      }
      AttributeSchema schema = kind.attribute(name);
      if (before.isPresent() && breaksRule(schema, before.get(), entry.getValue())) {
        diagnostics.add(
            PlanDiagnostics.ruleViolation(desired, schema, before.get(), entry.getValue()));
        continue;
      }
      replace |= schema.rule() == UpdateRule.REPLACE;
      changes.add(change(desired, name, before, entry.getValue()));
    }
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    Action action = replace ? Action.REPLACE : Action.UPDATE;
    return Optional.of(resourceChange(desired, action, reasonFor(kind, replace), changes));
  }

  private static ChangeReason reasonFor(ResourceKind kind, boolean replace) {
    if (replace) {
      return ChangeReason.IMMUTABLE_ATTRIBUTE_CHANGED;
    }
    return kind == ResourceKind.SCHEMA
        ? ChangeReason.NEW_SCHEMA_VERSION
        : ChangeReason.ATTRIBUTES_DIFFER;
  }

  private static ResourceChange create(DesiredResource desired) {
    List<AttributeChange> changes = new ArrayList<>();
    desired
        .resource()
        .attributes()
        .forEach((name, value) -> changes.add(change(desired, name, Optional.empty(), value)));
    return resourceChange(desired, Action.CREATE, ChangeReason.NOT_IN_LIVE_STATE, changes);
  }

  private static ResourceChange resourceChange(
      DesiredResource desired, Action action, ChangeReason reason, List<AttributeChange> changes) {
    Map<String, String> values = new HashMap<>();
    desired
        .resource()
        .attributes()
        .forEach(
            (name, value) ->
                values.put(
                    name,
                    desired.address().kind().attribute(name).sensitive()
                        ? AttributeChange.SENSITIVE
                        : value));
    return new ResourceChange(
        desired.address(),
        desired.resource().product(),
        action,
        reason,
        changes,
        values,
        Optional.empty(),
        Optional.of(desired.location()),
        List.of());
  }

  private static AttributeChange change(
      DesiredResource desired, String name, Optional<String> before, String after) {
    return new AttributeChange(
        name,
        before,
        Optional.of(after),
        desired.address().kind().attribute(name).sensitive(),
        Optional.ofNullable(desired.overrides().get(name)));
  }

  private static boolean breaksRule(AttributeSchema schema, String before, String after) {
    if (schema.rule() == UpdateRule.FORBIDDEN) {
      return true;
    }
    if (schema.rule() != UpdateRule.INCREASE_ONLY) {
      return false;
    }
    try {
      return Long.parseLong(after.trim()) < Long.parseLong(before.trim());
    } catch (NumberFormatException e) {
      return false; // not numbers: nothing to compare; the system rejects it at apply
    }
  }
}
