package dev.meshcode.provider.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The configs of the listed topics, read on a thread of their own while the same topics are
 * described: the two requests go to the cluster at the same time, so a read costs one round trip
 * less (on a remote cluster, the longer of the two instead of their sum). Only the topics the
 * description then finds count: one deleted in between is left out, as if it had been read after.
 */
final class EarlyConfigs {

  private final CompletableFuture<Map<String, Map<String, String>>> configs;
  private final List<TopicOutcome> failures;

  private EarlyConfigs(
      CompletableFuture<Map<String, Map<String, String>>> configs, List<TopicOutcome> failures) {
    this.configs = configs;
    this.failures = failures;
  }

  static EarlyConfigs start(TopicConfigReader reader, Collection<String> names, TopicScope scope) {
    List<String> topics = List.copyOf(names);
    List<TopicOutcome> failures = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Map<String, Map<String, String>>> configs = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                configs.complete(reader.read(topics, scope, failures));
              } catch (RuntimeException | Error e) {
                configs.completeExceptionally(e);
              }
            },
            "meshcode-topic-configs");
    thread.setDaemon(true);
    thread.start();
    return new EarlyConfigs(configs, failures);
  }

  /** The configs of the {@code found} topics; their failures go to {@code into}. */
  Map<String, Map<String, String>> join(Set<String> found, List<TopicOutcome> into) {
    Map<String, Map<String, String>> read;
    try {
      read = configs.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    Map<String, Map<String, String>> kept = new TreeMap<>(read);
    kept.keySet().retainAll(found);
    synchronized (failures) {
      failures.stream().filter(f -> found.contains(f.topic())).forEach(into::add);
    }
    return kept;
  }
}
