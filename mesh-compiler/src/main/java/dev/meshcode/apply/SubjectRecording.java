package dev.meshcode.apply;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.OwnershipRecord;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the ownership record of schema subjects: a subject whose first version meshcode registered
 * (a successful create of a schema: the subject had no version before) is the mesh's; one meshcode
 * deleted is forgotten. Only these may later be pruned as orphans. Without a record in the
 * environment nothing is recorded, and no subject is ever an orphan.
 */
final class SubjectRecording {

  private final Optional<OwnershipRecord> record;

  SubjectRecording(Optional<OwnershipRecord> record) {
    this.record = record;
  }

  /** Records or forgets the subjects of {@code phase} whose change {@code done} says succeeded. */
  void note(List<ResourceChange> phase, List<ChangeOutcome> done) {
    if (record.isEmpty() || phase.get(0).address().kind() != ResourceKind.SCHEMA) {
      return;
    }
    try {
      write(phase, done);
    } catch (ProviderException e) {
      // fails safe: an unrecorded subject is never pruned, an unforgotten one is gone already
    }
  }

  private void write(List<ResourceChange> phase, List<ChangeOutcome> done) {
    Set<ResourceAddress> applied =
        done.stream()
            // applied without a note: not "already existed", which was someone else's
            .filter(o -> o.status() == ChangeOutcome.Status.APPLIED && o.message().isEmpty())
            .map(ChangeOutcome::address)
            .collect(Collectors.toSet());
    Map<Action, List<String>> byAction =
        phase.stream()
            .filter(c -> applied.contains(c.address()))
            .collect(
                Collectors.groupingBy(
                    ResourceChange::action,
                    Collectors.mapping(c -> c.address().name(), Collectors.toList())));
    List<String> created = byAction.getOrDefault(Action.CREATE, List.of());
    List<String> deleted = byAction.getOrDefault(Action.DELETE, List.of());
    if (!created.isEmpty()) {
      record.get().record(ResourceKind.SCHEMA, created);
    }
    if (!deleted.isEmpty()) {
      record.get().forget(ResourceKind.SCHEMA, deleted);
    }
  }
}
