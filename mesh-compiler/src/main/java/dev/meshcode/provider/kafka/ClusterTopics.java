package dev.meshcode.provider.kafka;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.message.MetadataResponseData.MetadataResponsePartition;
import org.apache.kafka.common.message.MetadataResponseData.MetadataResponseTopic;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.MetadataRequest;
import org.apache.kafka.common.requests.MetadataResponse;

/**
 * Every topic of the cluster with its partition count and replication factor, from one Metadata
 * request for all topics, on a connection of its own ({@link BrokerChannel}). That one answer
 * already holds each topic's partitions: the Admin's {@code listTopics} sends the same request and
 * keeps only the names, so describing the listed topics asked the broker a second time for what it
 * had just sent (0.2 s more at 10,000 topics, and a future per topic). Internal topics are left
 * out, as {@code listTopics} leaves them out; so is a topic the answer reports with an error (being
 * deleted, not authorized), as it would be from a listing.
 */
final class ClusterTopics {

  /** What a plan compares of a topic besides its configs. */
  record Shape(int partitions, short replicationFactor) {

    static Shape of(TopicDescription description) {
      int partitions = description.partitions().size();
      short replicas =
          partitions == 0 ? 0 : (short) description.partitions().get(0).replicas().size();
      return new Shape(partitions, replicas);
    }
  }

  private final Map<String, Object> clientConfig;
  private final KafkaCalls calls;
  private final KafkaRequestCounter counter;

  ClusterTopics(Map<String, Object> clientConfig, KafkaCalls calls, KafkaRequestCounter counter) {
    this.clientConfig = Map.copyOf(clientConfig);
    this.calls = calls;
    this.counter = counter;
  }

  /**
   * The cluster's topics by name.
   *
   * @throws KafkaProviderException when the cluster cannot be asked
   */
  Map<String, Shape> read(TopicConfigReader.Brokers brokers) {
    try (BrokerChannel channel =
        BrokerChannel.open(clientConfig, brokers.nodes(), calls.timeout(), counter)) {
      counter.record("metadata");
      MetadataResponse response =
          channel.send(MetadataRequest.Builder.allTopics(), MetadataResponse.class);
      return shapes(response.data().topics());
    } catch (IOException | KafkaException e) {
      throw new KafkaProviderException("cannot list topics: " + calls.describe(e));
    }
  }

  private static Map<String, Shape> shapes(Iterable<MetadataResponseTopic> topics) {
    Map<String, Shape> shapes = new HashMap<>();
    for (MetadataResponseTopic topic : topics) {
      if (!topic.isInternal() && topic.errorCode() == Errors.NONE.code()) {
        List<MetadataResponsePartition> partitions = topic.partitions();
        shapes.put(topic.name(), new Shape(partitions.size(), replicas(partitions)));
      }
    }
    return shapes;
  }

  /** The replicas of partition 0, as a description has them first. */
  private static short replicas(List<MetadataResponsePartition> partitions) {
    return partitions.stream()
        .filter(p -> p.partitionIndex() == 0)
        .findFirst()
        .or(() -> partitions.stream().findFirst())
        .map(p -> (short) p.replicaNodes().size())
        .orElse((short) 0);
  }
}
