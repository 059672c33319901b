package dev.meshcode.provider.schemaregistry;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies schema changes. Registrations run in waves: a schema waits for the wave after the latest
 * of the schemas it references in the same batch (the batch lists referenced schemas first), and
 * each wave runs on a pool. References point at the latest version of their subject at apply time.
 * A schema whose referenced schema failed in this batch is skipped, not registered against a stale
 * version. Deletes are a soft then a hard delete of the subject.
 */
final class SchemaRegistration {

  private final SchemaRegistryClient client;
  private final int parallelism;
  private final Set<String> failed = new HashSet<>();

  /** Referenced subjects are shared: each one's latest version is read once per apply. */
  private final Map<String, Optional<Integer>> latest = new ConcurrentHashMap<>();

  SchemaRegistration(SchemaRegistryClient client, int parallelism) {
    this.client = client;
    this.parallelism = parallelism;
  }

  List<ChangeOutcome> apply(List<ResourceChange> batch) {
    List<ChangeOutcome> out = new ArrayList<>();
    List<ResourceChange> deletes = new ArrayList<>();
    Map<Integer, List<ResourceChange>> waves = new TreeMap<>();
    Map<String, Integer> waveOf = new HashMap<>();
    for (ResourceChange c : batch) {
      if (c.action() == Action.DELETE) {
        deletes.add(c);
        continue;
      }
      int wave = 0;
      for (String ref : SchemaChangeDefinition.referencedSubjects(c)) {
        wave = Math.max(wave, waveOf.getOrDefault(ref, -1) + 1);
      }
      waveOf.put(c.address().name(), wave);
      waves.computeIfAbsent(wave, k -> new ArrayList<>()).add(c);
    }
    waves.values().forEach(wave -> out.addAll(register(wave)));
    RegistryBatch.run(deletes, parallelism, this::delete)
        .forEach((change, outcome) -> out.add(Outcomes.of(change, outcome)));
    return out;
  }

  private List<ChangeOutcome> register(List<ResourceChange> wave) {
    List<ChangeOutcome> out = new ArrayList<>();
    List<ResourceChange> ready = new ArrayList<>();
    for (ResourceChange c : wave) {
      Optional<String> broken =
          SchemaChangeDefinition.referencedSubjects(c).stream()
              .filter(failed::contains)
              .findFirst();
      if (broken.isPresent()) {
        failed.add(c.address().name());
        out.add(
            ChangeOutcome.skipped(
                c.address(), "its referenced schema " + broken.get() + " was not registered"));
      } else {
        ready.add(c);
      }
    }
    RegistryBatch.run(ready, parallelism, this::registerOne)
        .forEach(
            (change, outcome) -> {
              ChangeOutcome o = Outcomes.outcome(change, outcome);
              if (o.status() != ChangeOutcome.Status.APPLIED) {
                failed.add(change.address().name());
              }
              out.add(o);
            });
    return out;
  }

  /**
   * Registers the schema. For an update, also confirms it became the latest version: a registry
   * answers a schema equal to an older version with that version's id and adds nothing, so a
   * rollback to an earlier text would otherwise report success and plan the same update forever.
   */
  private ChangeOutcome registerOne(ResourceChange c) {
    String subject = c.address().name();
    int id = client.register(subject, SchemaChangeDefinition.resolve(c, this::latestVersion));
    if (c.action() != Action.UPDATE) {
      return ChangeOutcome.applied(c.address());
    }
    Optional<SubjectVersion> now = client.latest(subject);
    if (now.isEmpty() || now.get().id() == id) {
      return ChangeOutcome.applied(c.address());
    }
    return ChangeOutcome.failed(
        c.address(),
        "the registry already holds this schema as an earlier version of "
            + subject
            + " (id "
            + id
            + ") and did not register it again, so the latest version ("
            + now.get().version()
            + ") still differs; change the schema text or delete the later versions");
  }

  /** Read after the wave that registered it, so it is the version this apply wrote. */
  private Optional<Integer> latestVersion(String subject) {
    return latest.computeIfAbsent(subject, s -> client.latest(s).map(SubjectVersion::version));
  }

  private String delete(ResourceChange c) {
    return client.deleteSubject(c.address().name(), true).isPresent() ? "" : "did not exist";
  }
}
