package dev.meshcode.provider.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DeleteTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicCollection;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Changes topics in batches and reports an outcome per topic, in input order. Batches run one after
 * another; a failed batch or topic does not stop the next.
 */
final class KafkaTopicWriter {
  private final LazyAdmin admin;
  private final KafkaRequestCounter counter;
  private final KafkaTopicsOptions options;
  private final KafkaCalls calls;

  KafkaTopicWriter(
      LazyAdmin admin, KafkaRequestCounter counter, KafkaTopicsOptions options, KafkaCalls calls) {
    this.admin = admin;
    this.counter = counter;
    this.options = options;
    this.calls = calls;
  }

  /** Creates the topics; one that already exists counts as done ({@code ALREADY_DONE}). */
  List<TopicOutcome> create(List<TopicSpec> topics) {
    requireUnique(topics.stream().map(TopicSpec::name).collect(Collectors.toList()));
    List<TopicOutcome> outcomes = new ArrayList<>();
    CreateTopicsOptions createOptions = new CreateTopicsOptions().timeoutMs(calls.timeoutMs());
    for (List<TopicSpec> batch :
        TopicBatches.forCreate(
            topics, options.maxRecordsPerCreate(), options.maxPartitionsPerCreate())) {
      List<NewTopic> request =
          batch.stream()
              .map(
                  t ->
                      new NewTopic(t.name(), t.partitions(), t.replicationFactor())
                          .configs(t.configs()))
              .collect(Collectors.toList());
      counter.record("createTopics");
      outcomes.addAll(
          finish(
              names(batch, TopicSpec::name),
              admin.get().createTopics(request, createOptions).values(),
              TopicExistsException.class));
    }
    return outcomes;
  }

  /** Sets and deletes topic-level configs with {@code incrementalAlterConfigs}. */
  List<TopicOutcome> alterConfigs(List<ConfigChange> changes) {
    requireUnique(changes.stream().map(ConfigChange::topic).collect(Collectors.toList()));
    List<TopicOutcome> outcomes = new ArrayList<>();
    AlterConfigsOptions alterOptions = new AlterConfigsOptions().timeoutMs(calls.timeoutMs());
    for (List<ConfigChange> batch : TopicBatches.chunks(changes, options.alterBatchSize())) {
      Map<ConfigResource, Collection<AlterConfigOp>> request = new LinkedHashMap<>();
      batch.forEach(change -> request.put(topic(change.topic()), operations(change)));
      counter.record("incrementalAlterConfigs");
      Map<ConfigResource, KafkaFuture<Void>> futures =
          admin.get().incrementalAlterConfigs(request, alterOptions).values();
      outcomes.addAll(
          finish(
              names(batch, ConfigChange::topic),
              byName(futures, ConfigResource::name),
              Void.class));
    }
    return outcomes;
  }

  /** Raises partition counts; asking for the count a topic already has counts as done. */
  List<TopicOutcome> increasePartitions(List<PartitionIncrease> increases) {
    requireUnique(increases.stream().map(PartitionIncrease::topic).collect(Collectors.toList()));
    List<TopicOutcome> outcomes = new ArrayList<>();
    CreatePartitionsOptions partitionOptions =
        new CreatePartitionsOptions().timeoutMs(calls.timeoutMs());
    for (List<PartitionIncrease> batch : TopicBatches.chunks(increases, options.alterBatchSize())) {
      Map<String, NewPartitions> request = new LinkedHashMap<>();
      batch.forEach(i -> request.put(i.topic(), NewPartitions.increaseTo(i.totalPartitions())));
      counter.record("createPartitions");
      Map<String, KafkaFuture<Void>> futures =
          admin.get().createPartitions(request, partitionOptions).values();
      calls.awaitAll(futures.values());
      batch.forEach(i -> outcomes.add(partitionOutcome(i.topic(), futures.get(i.topic()))));
    }
    return outcomes;
  }

  /** Deletes the topics; one that is already gone counts as done. */
  List<TopicOutcome> delete(List<String> names) {
    requireUnique(names);
    List<TopicOutcome> outcomes = new ArrayList<>();
    DeleteTopicsOptions deleteOptions = new DeleteTopicsOptions().timeoutMs(calls.timeoutMs());
    for (List<String> batch : TopicBatches.chunks(names, options.alterBatchSize())) {
      counter.record("deleteTopics");
      Map<String, KafkaFuture<Void>> futures =
          admin
              .get()
              .deleteTopics(TopicCollection.ofTopicNames(batch), deleteOptions)
              .topicNameValues();
      outcomes.addAll(finish(batch, futures, UnknownTopicOrPartitionException.class));
    }
    return outcomes;
  }

  /** Waits for a batch and gives its outcomes in the order of {@code names}. */
  private List<TopicOutcome> finish(
      List<String> names, Map<String, ? extends KafkaFuture<?>> futures, Class<?> alreadyDone) {
    calls.awaitAll(futures.values());
    List<TopicOutcome> outcomes = new ArrayList<>();
    for (String name : names) {
      KafkaFuture<?> future = futures.get(name);
      outcomes.add(
          future == null
              ? TopicOutcome.failed(name, "Kafka gave no answer for this topic")
              : calls.outcome(name, future, alreadyDone));
    }
    return outcomes;
  }

  private static <T> List<String> names(List<T> items, Function<T, String> name) {
    return items.stream().map(name).collect(Collectors.toList());
  }

  /** "Topic already has N partitions" means an earlier run did it: converged, not failed. */
  private TopicOutcome partitionOutcome(String name, KafkaFuture<Void> future) {
    TopicOutcome outcome = calls.outcome(name, future, InvalidPartitionsException.class);
    if (outcome.status() == TopicOutcome.Status.ALREADY_DONE
        && !outcome.message().contains("already has")) {
      return TopicOutcome.failed(name, outcome.message());
    }
    return outcome;
  }

  private static Collection<AlterConfigOp> operations(ConfigChange change) {
    List<AlterConfigOp> ops = new ArrayList<>();
    change
        .set()
        .forEach(
            (key, value) ->
                ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET)));
    change
        .delete()
        .forEach(
            key ->
                ops.add(new AlterConfigOp(new ConfigEntry(key, ""), AlterConfigOp.OpType.DELETE)));
    return ops;
  }

  private static ConfigResource topic(String name) {
    return new ConfigResource(ConfigResource.Type.TOPIC, name);
  }

  private static <K, V> Map<String, V> byName(Map<K, V> map, Function<K, String> name) {
    Map<String, V> result = new LinkedHashMap<>();
    map.forEach((key, value) -> result.put(name.apply(key), value));
    return result;
  }

  private static void requireUnique(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("topic " + name + " appears twice in one call");
      }
    }
  }
}
