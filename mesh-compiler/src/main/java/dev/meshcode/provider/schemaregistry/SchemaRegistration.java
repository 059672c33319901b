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
              ChangeOutcome o = Outcomes.of(change, outcome);
              if (o.status() != ChangeOutcome.Status.APPLIED) {
                failed.add(change.address().name());
              }
              out.add(o);
            });
    return out;
  }

  private String registerOne(ResourceChange c) {
    SchemaDefinition definition = SchemaChangeDefinition.resolve(c, this::latestVersion);
    client.register(c.address().name(), definition);
    return "";
  }

  /** Read after the wave that registered it, so it is the version this apply wrote. */
  private Optional<Integer> latestVersion(String subject) {
    return latest.computeIfAbsent(subject, s -> client.latest(s).map(SubjectVersion::version));
  }

  private String delete(ResourceChange c) {
    return client.deleteSubject(c.address().name(), true).isPresent() ? "" : "did not exist";
  }
}
