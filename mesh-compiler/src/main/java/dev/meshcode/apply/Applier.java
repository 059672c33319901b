package dev.meshcode.apply;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.ChangeOutcome.Status;
import dev.meshcode.provider.OwnershipRecord;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.resource.ResourceAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a plan through the providers: phase by phase in plan order, one batch per phase (the
 * provider splits it further to respect its system's request limits). A failure never stops
 * independent changes; a change that depends on a failed one (the schema of a product whose subject
 * config failed, the topic of a product whose schema failed, a schema whose referenced schema
 * failed) is skipped with the reason, so a re-run after the fix finishes the job.
 */
public final class Applier {

  private final Map<String, Provider> providers = new LinkedHashMap<>();
  private final SubjectRecording subjects;

  public Applier(List<? extends Provider> providers) {
    providers.forEach(p -> this.providers.put(p.system(), p));
    this.subjects =
        new SubjectRecording(
            providers.stream()
                .filter(OwnershipRecord.class::isInstance)
                .map(OwnershipRecord.class::cast)
                .findFirst());
  }

  public ApplyResult apply(Plan plan, ApplyEvent.Listener listener) {
    Dependencies failed = new Dependencies();
    List<ChangeOutcome> outcomes = new ArrayList<>();
    for (List<ResourceChange> phase : phases(plan.changes())) {
      ResourceChange first = phase.get(0);
      boolean deletes = first.action() == Action.DELETE;
      listener.on(new ApplyEvent.PhaseStarted(first.address().kind(), deletes, phase.size()));
      List<ChangeOutcome> done = runPhase(phase, failed);
      subjects.note(phase, done);
      done.forEach(failed::record);
      outcomes.addAll(done);
      listener.on(
          new ApplyEvent.PhaseFinished(
              first.address().kind(),
              deletes,
              count(done, Status.APPLIED),
              count(done, Status.FAILED),
              count(done, Status.SKIPPED)));
    }
    return new ApplyResult(outcomes);
  }

  private List<ChangeOutcome> runPhase(List<ResourceChange> phase, Dependencies failed) {
    Map<ResourceAddress, ChangeOutcome> skipped = new HashMap<>();
    List<ResourceChange> batch = new ArrayList<>();
    for (ResourceChange change : phase) {
      failed
          .blocker(change)
          .ifPresentOrElse(
              why -> skipped.put(change.address(), ChangeOutcome.skipped(change.address(), why)),
              () -> batch.add(change));
    }
    Map<ResourceAddress, ChangeOutcome> reported = new HashMap<>(skipped);
    execute(batch).forEach(o -> reported.putIfAbsent(o.address(), o));
    return phase.stream()
        .map(
            c ->
                reported.getOrDefault(
                    c.address(),
                    ChangeOutcome.failed(c.address(), "The provider reported no outcome.")))
        .toList();
  }

  private List<ChangeOutcome> execute(List<ResourceChange> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    String system = batch.get(0).address().kind().system();
    Provider provider = providers.get(system);
    if (!providers.containsKey(system)) {
      return batch.stream()
          .map(c -> ChangeOutcome.failed(c.address(), "No provider for " + system + "."))
          .toList();
    }
    try {
      return provider.apply(batch);
    } catch (ProviderException e) {
      return batch.stream().map(c -> ChangeOutcome.failed(c.address(), e.getMessage())).toList();
    }
  }

  /** Consecutive changes of the same kind and direction: the plan is already in phase order. */
  static List<List<ResourceChange>> phases(List<ResourceChange> changes) {
    List<List<ResourceChange>> phases = new ArrayList<>();
    for (ResourceChange change : changes) {
      List<ResourceChange> last = phases.isEmpty() ? null : phases.get(phases.size() - 1);
      if (last != null && samePhase(last.get(0), change)) {
        last.add(change);
      } else {
        phases.add(new ArrayList<>(List.of(change)));
      }
    }
    return phases;
  }

  private static boolean samePhase(ResourceChange a, ResourceChange b) {
    return a.address().kind() == b.address().kind()
        && (a.action() == Action.DELETE) == (b.action() == Action.DELETE);
  }

  private static int count(List<ChangeOutcome> outcomes, Status status) {
    return (int) outcomes.stream().filter(o -> o.status() == status).count();
  }
}
