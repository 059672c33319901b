package dev.meshcode.provider.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final CompletableFuture<Map<String, Map<String, String>>> configs =
      new CompletableFuture<>();
  private final List<TopicOutcome> failures = Collections.synchronizedList(new ArrayList<>());

  /** The topics the describe found, once it is done; until then every topic is wanted. */
  private volatile Optional<Set<String>> found = Optional.empty();

  private EarlyConfigs() {}

  static EarlyConfigs start(TopicConfigReader reader, Collection<String> names, TopicScope scope) {
    List<String> topics = List.copyOf(names);
    EarlyConfigs early = new EarlyConfigs();
    Thread thread =
        new Thread(
            () -> {
              try {
                early.configs.complete(
                    reader.read(topics, scope, early.failures, early::stillWanted));
              } catch (RuntimeException | Error e) {
                early.configs.completeExceptionally(e);
              }
            },
            "meshcode-topic-configs");
    thread.setDaemon(true);
    thread.start();
    return early;
  }

  private boolean stillWanted(String topic) {
    return found.map(f -> f.contains(topic)).orElse(true);
  }

  /** The configs of the {@code found} topics; their failures go to {@code into}. */
  Map<String, Map<String, String>> join(Set<String> found, List<TopicOutcome> into) {
    // a topic deleted since the listing is no longer waited for
    this.found = Optional.of(Set.copyOf(found));
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
