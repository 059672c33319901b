package dev.meshcode.provider.schemaregistry;

import dev.meshcode.model.Compatibility;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.CompatibilityVerdict.Source;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the registry whether each schema change would be accepted, as registering would judge it:
 * against every version under a {@code *_TRANSITIVE} level, the latest otherwise. A subject that
 * does not exist is compatible. A schema the registry cannot parse is incompatible (registering it
 * fails too). When the registry cannot answer (unreachable, refused credentials, server errors),
 * the whole check fails: the plan must not call a change fine that nobody judged.
 */
final class CompatibilityJudge {

  private final SchemaRegistryClient client;
  private final int parallelism;
  private final Map<String, Optional<Integer>> latest = new ConcurrentHashMap<>();

  CompatibilityJudge(SchemaRegistryClient client, int parallelism) {
    this.client = client;
    this.parallelism = parallelism;
  }

  /**
   * @param levels the subject levels the plan sets, which apply writes before registering
   * @return a verdict per change; a change whose referenced subject does not exist yet stays
   *     unjudged (its reference is created by the same apply)
   */
  Map<ResourceAddress, CompatibilityVerdict> judge(
      List<ResourceChange> changes, Map<String, String> levels) {
    Map<ResourceAddress, CompatibilityVerdict> out = new TreeMap<>();
    RegistryBatch.run(
            changes,
            parallelism,
            c -> verdict(c, Optional.ofNullable(levels.get(c.address().name()))))
        .forEach(
            (change, outcome) -> {
              if (outcome instanceof RegistryBatch.Outcome.Done<Optional<CompatibilityVerdict>> d) {
                d.value().ifPresent(v -> out.put(change.address(), v));
                return;
              }
              RegistryException e =
                  ((RegistryBatch.Outcome.Failed<Optional<CompatibilityVerdict>>) outcome).error();
              if (e.error() != RegistryError.INVALID_SCHEMA) {
                throw SchemaRegistryProvider.fault(
                    "compatibility check of " + change.address().name(), e);
              }
              out.put(change.address(), rejected(levels, change, e));
            });
    return out;
  }

  private Optional<CompatibilityVerdict> verdict(ResourceChange c, Optional<String> planned) {
    String subject = c.address().name();
    String plannedLevel = planned.orElse("");
    if (client.versions(subject).map(List::isEmpty).orElse(true)) {
      return Optional.of(CompatibilityVerdict.newSubject(plannedLevel));
    }
    String level = planned.orElseGet(() -> registryLevel(subject).name());
    if (level.equals(Compatibility.NONE.name())) {
      return Optional.of(new CompatibilityVerdict(level, true, List.of(), Source.REGISTRY));
    }
    for (String ref : SchemaChangeDefinition.referencedSubjects(c)) {
      if (latestVersion(ref).isEmpty()) {
        return Optional.empty();
      }
    }
    SchemaDefinition schema = SchemaChangeDefinition.resolve(c, this::latestVersion);
    var answer =
        level.endsWith("_TRANSITIVE")
            ? client.checkCompatibilityWithAll(subject, schema)
            : client.checkCompatibility(subject, schema);
    if (!answer.subjectExists()) {
      return Optional.of(CompatibilityVerdict.newSubject(level));
    }
    List<String> messages =
        answer.compatible() || !answer.messages().isEmpty()
            ? answer.messages()
            : List.of("the registry rejects it under " + level + " and gave no reason");
    return Optional.of(
        new CompatibilityVerdict(level, answer.compatible(), messages, Source.REGISTRY));
  }

  private Compatibility registryLevel(String subject) {
    return client.subjectCompatibility(subject).orElseGet(client::globalCompatibility);
  }

  private Optional<Integer> latestVersion(String subject) {
    return latest.computeIfAbsent(subject, s -> client.latest(s).map(SubjectVersion::version));
  }

  private static CompatibilityVerdict rejected(
      Map<String, String> levels, ResourceChange change, RegistryException e) {
    String level = levels.getOrDefault(change.address().name(), "");
    return new CompatibilityVerdict(level, false, List.of(e.getMessage()), Source.REGISTRY);
  }
}
