package dev.meshcode.provider.schemaregistry;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.ChangeReason;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Planned changes of the registry's kinds, as the planner would hand them to the provider. */
final class SchemaChanges {

  private SchemaChanges() {}

  static ResourceChange schema(Action action, String subject, String text, String references) {
    Map<String, String> desired =
        action == Action.DELETE
            ? Map.of()
            : Map.of("schema", text, "schema_type", "AVRO", "references", references);
    return change(ResourceKind.SCHEMA, action, subject, desired);
  }

  static ResourceChange config(Action action, String subject, String level) {
    Map<String, String> desired =
        action == Action.DELETE ? Map.of() : Map.of("compatibility", level);
    return change(ResourceKind.SCHEMA_SUBJECT_CONFIG, action, subject, desired);
  }

  private static ResourceChange change(
      ResourceKind kind, Action action, String subject, Map<String, String> desired) {
    return new ResourceChange(
        new ResourceAddress(kind, subject),
        Optional.empty(),
        action,
        ChangeReason.ATTRIBUTES_DIFFER,
        List.of(),
        desired,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }
}
