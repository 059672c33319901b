package dev.meshcode.provider.kafka;

import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.resource.Attributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One apply batch as the adapter's calls: every create in one {@code create}, config changes in one
 * {@code alterConfigs}, partition increases in one {@code increasePartitions}, deletes in one
 * {@code delete} (each split further by the adapter to stay under Kafka's limits). It then waits
 * until the created topics show in Kafka's metadata and the deleted ones no longer do, so a plan
 * right after the apply is empty. An update's outcome combines its calls: it failed when any of
 * them did.
 */
final class TopicApply {

  /** Long enough for thousands of new partitions on a small machine (about 1,000 a second). */
  static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(60);

  private final TopicClient topics;
  private final Map<Integer, String> failures = new HashMap<>();
  private final Map<Integer, String> notes = new HashMap<>();
  private final Map<Integer, TopicSpec> creates = new LinkedHashMap<>();
  private final Map<Integer, ConfigChange> alters = new LinkedHashMap<>();
  private final Map<Integer, PartitionIncrease> increases = new LinkedHashMap<>();
  private final Map<Integer, String> deletes = new LinkedHashMap<>();
  private final Map<Integer, String> names = new HashMap<>();

  TopicApply(TopicClient topics) {
    this.topics = topics;
  }

  List<ChangeOutcome> apply(List<ResourceChange> batch) {
    for (int i = 0; i < batch.size(); i++) {
      sort(i, batch.get(i));
    }
    call(creates, topics::create, TopicSpec::name);
    call(increases, topics::increasePartitions, PartitionIncrease::topic);
    call(alters, topics::alterConfigs, ConfigChange::topic);
    call(deletes, topics::delete, name -> name);
    awaitCreated();
    awaitDeleted();
    awaitUpdated();
    List<ChangeOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      ResourceChange change = batch.get(i);
      outcomes.add(
          failures.containsKey(i)
              ? ChangeOutcome.failed(change.address(), failures.get(i))
              : new ChangeOutcome(
                  change.address(), ChangeOutcome.Status.APPLIED, notes.getOrDefault(i, "")));
    }
    return outcomes;
  }

  private void sort(int index, ResourceChange change) {
    names.put(index, change.address().name());
    try {
      switch (change.action()) {
        case CREATE -> creates.put(index, TopicResources.spec(change));
        case UPDATE -> sortUpdate(index, change);
        case DELETE -> deletes.put(index, change.address().name());
        case NO_OP -> notes.put(index, "nothing to do");
        case REPLACE ->
            fail(
                index,
                "a topic is never replaced: Kafka cannot change partitions down or the replication"
                    + " factor in place, and the planner reports such a change as an error");
      }
    } catch (IllegalArgumentException e) {
      fail(index, e.getMessage());
    }
  }

  private void sortUpdate(int index, ResourceChange change) {
    if (change.change(Attributes.REPLICATION_FACTOR).isPresent()) {
      fail(index, "the replication factor of a topic cannot change in place");
      return;
    }
    String name = change.address().name();
    if (change.change(Attributes.PARTITIONS).isPresent()) {
      increases.put(
          index, new PartitionIncrease(name, TopicResources.number(change, Attributes.PARTITIONS)));
    }
    ConfigChange configs = TopicResources.configChange(change);
    if (!configs.set().isEmpty() || !configs.delete().isEmpty()) {
      alters.put(index, configs);
    }
  }

  /** Matches the adapter's outcomes (one per topic) back to the changes that asked for them. */
  private <T> void call(
      Map<Integer, T> asked,
      Function<List<T>, List<TopicOutcome>> call,
      Function<T, String> topicOf) {
    if (asked.isEmpty()) {
      return;
    }
    Map<String, TopicOutcome> byTopic = new HashMap<>();
    call.apply(List.copyOf(asked.values())).forEach(o -> byTopic.put(o.topic(), o));
    asked.forEach(
        (index, request) -> {
          TopicOutcome outcome = byTopic.get(topicOf.apply(request));
          if (outcome == null) {
            fail(index, "Kafka reported no outcome for this topic");
          } else if (outcome.status() == TopicOutcome.Status.FAILED) {
            fail(index, outcome.message());
          } else if (outcome.status() == TopicOutcome.Status.ALREADY_DONE) {
            notes.putIfAbsent(index, outcome.message());
          }
        });
  }

  private void awaitCreated() {
    List<String> created = new ArrayList<>();
    creates.forEach(
        (index, spec) -> {
          if (!failures.containsKey(index)) {
            created.add(spec.name());
          }
        });
    if (created.isEmpty()) {
      return;
    }
    Set<String> invisible = topics.awaitVisible(created, VISIBILITY_TIMEOUT);
    creates.forEach(
        (index, spec) -> {
          if (invisible.contains(spec.name())) {
            notes.put(index, "created, but not yet shown in Kafka's metadata");
          }
        });
  }

  private void awaitDeleted() {
    List<String> deleted = new ArrayList<>();
    deletes.forEach(
        (index, name) -> {
          if (!failures.containsKey(index)) {
            deleted.add(name);
          }
        });
    if (deleted.isEmpty()) {
      return;
    }
    Set<String> shown = topics.awaitGone(deleted, VISIBILITY_TIMEOUT);
    deletes.forEach(
        (index, name) -> {
          if (shown.contains(name)) {
            notes.put(index, "deleted, but still shown in Kafka's metadata");
          }
        });
  }

  private void awaitUpdated() {
    TopicUpdateWait wait = new TopicUpdateWait(topics);
    increases.forEach(
        (index, increase) -> {
          if (!failures.containsKey(index)) {
            wait.expectPartitions(increase);
          }
        });
    alters.forEach(
        (index, change) -> {
          if (!failures.containsKey(index)) {
            wait.expectConfigs(change);
          }
        });
    Set<String> unseen = wait.await(VISIBILITY_TIMEOUT);
    for (Map<Integer, ?> updates : List.of(increases, alters)) {
      updates.keySet().stream()
          .filter(index -> unseen.contains(names.get(index)))
          .forEach(index -> notes.put(index, "updated, but not yet shown in Kafka's metadata"));
    }
  }

  private void fail(int index, String message) {
    failures.merge(index, message, (first, second) -> first + "; " + second);
  }
}
