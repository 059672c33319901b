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
 * told to fail, and reads back a fixed {@link TopicRead}. Only for the provider's mapping tests.
 */
final class FakeTopicClient implements TopicClient {

  final List<String> calls = new ArrayList<>();
  final List<TopicScope> scopes = new ArrayList<>();
  final List<TopicSpec> created = new ArrayList<>();
  final List<ConfigChange> altered = new ArrayList<>();
  final List<PartitionIncrease> increased = new ArrayList<>();
  final List<String> deleted = new ArrayList<>();
  final List<String> awaited = new ArrayList<>();
  final Map<String, TopicOutcome> answers = new HashMap<>();
  TopicRead read = new TopicRead(Map.of(), List.of());
  boolean closed;

  void answer(TopicOutcome outcome) {
    answers.put(outcome.topic(), outcome);
  }

  @Override
  public TopicRead read(TopicScope scope) {
    calls.add("read");
    scopes.add(scope);
    return read;
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
    return outcomes(changes.stream().map(ConfigChange::topic).toList());
  }

  @Override
  public List<TopicOutcome> increasePartitions(List<PartitionIncrease> increases) {
    calls.add("increasePartitions");
    increased.addAll(increases);
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
  public void close() {
    closed = true;
  }

  private List<TopicOutcome> outcomes(List<String> topics) {
    return topics.stream().map(t -> answers.getOrDefault(t, TopicOutcome.done(t))).toList();
  }
}
