package dev.meshcode.provider.kafka;

import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Translation between the planner's attributes ({@code partitions}, {@code replication_factor},
 * {@code config.<key>}) and the adapter's records. A value that is not what Kafka can take fails
 * with {@link IllegalArgumentException}, whose message names the topic and the attribute.
 */
final class TopicResources {

  private TopicResources() {}

  /** The live topic as an observed resource; the product is unknown to Kafka. */
  static Resource resource(LiveTopic topic) {
    Map<String, String> attributes = new HashMap<>();
    attributes.put(Attributes.PARTITIONS, Integer.toString(topic.partitions()));
    attributes.put(Attributes.REPLICATION_FACTOR, Integer.toString(topic.replicationFactor()));
    topic.configs().forEach((key, value) -> attributes.put(Attributes.config(key), value));
    return new Resource(
        new ResourceAddress(ResourceKind.KAFKA_TOPIC, topic.name()), Optional.empty(), attributes);
  }

  /** The topic a create asks for, from every declared attribute. */
  static TopicSpec spec(ResourceChange change) {
    String name = change.address().name();
    int partitions = number(change, Attributes.PARTITIONS);
    int replication = number(change, Attributes.REPLICATION_FACTOR);
    if (replication > Short.MAX_VALUE) {
      throw new IllegalArgumentException(
          "replication_factor of " + name + " is too large: " + replication);
    }
    Map<String, String> configs = new TreeMap<>();
    change
        .desired()
        .forEach(
            (attribute, value) ->
                Attributes.configKey(attribute)
                    .ifPresent(key -> configs.put(key, plain(name, attribute, value))));
    return new TopicSpec(name, partitions, (short) replication, configs);
  }

  /** The config keys an update sets (a new or changed value) and deletes (no longer declared). */
  static ConfigChange configChange(ResourceChange change) {
    String name = change.address().name();
    Map<String, String> set = new TreeMap<>();
    Set<String> delete = new TreeSet<>();
    for (AttributeChange attribute : change.attributeChanges()) {
      Optional<String> key = Attributes.configKey(attribute.name());
      if (key.isEmpty()) {
        continue;
      }
      if (attribute.after().isPresent()) {
        String value = change.desired(attribute.name()).orElse(attribute.after().get());
        set.put(key.get(), plain(name, attribute.name(), value));
      } else {
        delete.add(key.get());
      }
    }
    return new ConfigChange(name, set, delete);
  }

  static int number(ResourceChange change, String attribute) {
    String value =
        change
            .desired(attribute)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        attribute + " of " + change.address().name() + " is not declared"));
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          attribute + " of " + change.address().name() + " is not a number: " + value, e);
    }
  }

  /**
   * A sensitive value is masked in the plan, so apply cannot know it: refuse, never send the mask.
   */
  private static String plain(String topic, String attribute, String value) {
    if (value.equals(AttributeChange.SENSITIVE)) {
      throw new IllegalArgumentException(
          attribute
              + " of "
              + topic
              + " is sensitive and masked in the plan; set it outside meshcode");
    }
    return value;
  }
}
