package dev.meshcode.resource;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Origin;
import dev.meshcode.model.Topic;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A product's topic for one environment: the declared values with the environment's caps, scale and
 * prefix applied, each changed value noted so the plan can say why it differs from the descriptor.
 */
final class TopicLowering {

  private static final String MIN_ISR = "min.insync.replicas";

  private final EnvironmentOverrides overrides;

  TopicLowering(EnvironmentOverrides overrides) {
    this.overrides = overrides;
  }

  DesiredResource lower(DataProduct product) {
    Topic topic = product.topic();
    Origin origin = product.origin();
    Map<String, String> attributes = new HashMap<>();
    Map<String, SourceLocation> locations = new HashMap<>();
    Map<String, String> notes = new HashMap<>();
    attributes.put(Attributes.PARTITIONS, Integer.toString(partitions(topic, notes)));
    locations.put(Attributes.PARTITIONS, origin.locate("topic/partitions"));
    attributes.put(Attributes.REPLICATION_FACTOR, Integer.toString(replication(topic, notes)));
    locations.put(Attributes.REPLICATION_FACTOR, origin.locate("topic/replicationFactor"));
    topic
        .configs()
        .forEach(
            (key, value) -> {
              String attribute = Attributes.config(key);
              attributes.put(attribute, config(key, value, notes));
              locations.put(attribute, origin.locate("topic/configs/" + key));
            });
    String name = overrides.topicPrefix().orElse("") + topic.name();
    Resource resource =
        new Resource(
            new ResourceAddress(ResourceKind.KAFKA_TOPIC, name),
            Optional.of(product.id()),
            attributes);
    return new DesiredResource(resource, origin.locate("topic"), locations, notes);
  }

  private int partitions(Topic topic, Map<String, String> notes) {
    int declared = topic.partitions();
    if (overrides.partitionScale().isEmpty()) {
      return declared;
    }
    double scale = overrides.partitionScale().get();
    int scaled = (int) Math.max(1, Math.ceil(declared * scale));
    if (scaled != declared) {
      notes.put(Attributes.PARTITIONS, "partitionScale=" + plain(scale) + ", declared " + declared);
    }
    return scaled;
  }

  private int replication(Topic topic, Map<String, String> notes) {
    int declared = topic.replicationFactor();
    if (overrides.maxReplicationFactor().isPresent()
        && overrides.maxReplicationFactor().getAsInt() < declared) {
      int cap = overrides.maxReplicationFactor().getAsInt();
      notes.put(Attributes.REPLICATION_FACTOR, cap(cap, "maxReplicationFactor", declared));
      return cap;
    }
    return declared;
  }

  private String config(String key, String value, Map<String, String> notes) {
    if (!key.equals(MIN_ISR) || overrides.maxMinInsyncReplicas().isEmpty()) {
      return value;
    }
    int cap = overrides.maxMinInsyncReplicas().getAsInt();
    try {
      int declared = Integer.parseInt(value.trim());
      if (declared > cap) {
        notes.put(Attributes.config(key), cap(cap, "maxMinInsyncReplicas", declared));
        return Integer.toString(cap);
      }
    } catch (NumberFormatException e) {
      // not a number: the broker will reject it, and the plan shows the declared text unchanged
    }
    return value;
  }

  private static String cap(int cap, String setting, int declared) {
    return setting + "=" + cap + ", declared " + declared;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
