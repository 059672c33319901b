package dev.meshcode.provider.schemaregistry;

import dev.meshcode.model.Compatibility;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.resource.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies subject compatibility configs, all independent of each other, on a pool: a create or an
 * update sets the subject's level, a delete removes the subject-level config.
 */
final class SubjectConfigApply {

  private final SchemaRegistryClient client;
  private final SubjectConfigEraser eraser;
  private final int parallelism;

  SubjectConfigApply(SchemaRegistryClient client, SubjectConfigEraser eraser, int parallelism) {
    this.client = client;
    this.eraser = eraser;
    this.parallelism = parallelism;
  }

  List<ChangeOutcome> apply(List<ResourceChange> batch) {
    List<ChangeOutcome> out = new ArrayList<>();
    List<ResourceChange> valid = new ArrayList<>();
    for (ResourceChange c : batch) {
      if (c.action() != Action.DELETE && level(c).isEmpty()) {
        out.add(
            ChangeOutcome.failed(
                c.address(),
                "'"
                    + c.desired(Attributes.COMPATIBILITY).orElse("")
                    + "' is not a compatibility level"));
      } else {
        valid.add(c);
      }
    }
    RegistryBatch.run(valid, parallelism, this::applyOne)
        .forEach((change, outcome) -> out.add(Outcomes.of(change, outcome)));
    return out;
  }

  private String applyOne(ResourceChange c) {
    String subject = c.address().name();
    if (c.action() == Action.DELETE) {
      return eraser.erase(subject);
    }
    if (c.action() != Action.NO_OP) {
      client.setSubjectCompatibility(subject, level(c).orElseThrow());
    }
    return "";
  }

  private static Optional<Compatibility> level(ResourceChange c) {
    Optional<String> level = c.desired(Attributes.COMPATIBILITY);
    for (Compatibility value : Compatibility.values()) {
      if (level.isPresent() && value.name().equals(level.get())) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
