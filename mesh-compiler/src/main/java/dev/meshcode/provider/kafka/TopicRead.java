package dev.meshcode.provider.kafka;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a read: the topics found (by name, sorted) and the topics Kafka could not describe.
 * A name in scope that is in neither does not exist.
 */
public record TopicRead(Map<String, LiveTopic> topics, List<TopicOutcome> failures) {

  public TopicRead {
    topics = new TreeMap<>(topics);
    failures = List.copyOf(failures);
  }
}
