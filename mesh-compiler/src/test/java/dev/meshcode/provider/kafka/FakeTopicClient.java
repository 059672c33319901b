package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link TopicClient} that records the calls it gets, answers with {@code DONE} unless a topic is
 * told to fail, and keeps the topics it was told about in {@link #live}, which reads answer from.
 * Only for the provider's mapping tests.
 */
final class FakeTopicClient implements TopicClient {

  final List<String> calls = new ArrayList<>();
  final List<TopicScope> scopes = new ArrayList<>();
  final List<TopicSpec> created = new ArrayList<>();
  final List<ConfigChange> altered = new ArrayList<>();
  final List<PartitionIncrease> increased = new ArrayList<>();
  final List<String> deleted = new ArrayList<>();
  final List<String> awaited = new ArrayList<>();
  final List<String> gone = new ArrayList<>();
  final Map<String, TopicOutcome> answers = new HashMap<>();
  final Map<String, LiveTopic> live = new HashMap<>();
  final List<TopicOutcome> readFailures = new ArrayList<>();
  boolean closed;

  void answer(TopicOutcome outcome) {
    answers.put(outcome.topic(), outcome);
  }

  @Override
  public TopicRead read(TopicScope scope) {
    calls.add("read");
    scopes.add(scope);
    Map<String, LiveTopic> found = new HashMap<>();
    live.forEach(
        (name, topic) -> {
          if (scope.names().contains(name) || scope.owns(name)) {
            found.put(name, topic);
          }
        });
    return new TopicRead(found, readFailures);
  }

  @Override
  public List<TopicOutcome> create(List<TopicSpec> topics) {
    calls.add("create");
    created.addAll(topics);
    return outcomes(topics.stream().map(TopicSpec::name).toList());
  }

  @Override
  public List<TopicOutcome> alterConfigs(List<ConfigChange> changes) {
    calls.add("alterConfigs");
    altered.addAll(changes);
    changes.forEach(
        c ->
            live.computeIfPresent(
                c.topic(),
                (name, t) -> {
                  Map<String, String> configs = new HashMap<>(t.configs());
                  configs.putAll(c.set());
                  c.delete().forEach(configs::remove);
                  return new LiveTopic(name, t.partitions(), t.replicationFactor(), configs);
                }));
    return outcomes(changes.stream().map(ConfigChange::topic).toList());
  }

  @Override
  public List<TopicOutcome> increasePartitions(List<PartitionIncrease> increases) {
    calls.add("increasePartitions");
    increased.addAll(increases);
    increases.forEach(
        i ->
            live.computeIfPresent(
                i.topic(),
                (name, t) ->
                    new LiveTopic(name, i.totalPartitions(), t.replicationFactor(), t.configs())));
    return outcomes(increases.stream().map(PartitionIncrease::topic).toList());
  }

  @Override
  public List<TopicOutcome> delete(List<String> names) {
    calls.add("delete");
    deleted.addAll(names);
    return outcomes(names);
  }

  @Override
  public Set<String> awaitVisible(Collection<String> names, Duration timeout) {
    calls.add("awaitVisible");
    awaited.addAll(names);
    return new TreeSet<>();
  }

  @Override
  public Set<String> awaitGone(Collection<String> names, Duration timeout) {
    calls.add("awaitGone");
    gone.addAll(names);
    return new TreeSet<>();
  }

  @Override
  public void close() {
    closed = true;
  }

  private List<TopicOutcome> outcomes(List<String> topics) {
    return topics.stream().map(t -> answers.getOrDefault(t, TopicOutcome.done(t))).toList();
  }
}
