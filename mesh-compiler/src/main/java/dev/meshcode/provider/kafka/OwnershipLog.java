package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The topics meshcode created in a cluster, recorded in the compacted topic {@value #TOPIC} (key:
 * the topic name; value: {@code meshcode}; a tombstone once meshcode deleted it). What else
 * meshcode created in the environment (schema subjects) is kept here too, under {@code
 * <kind>:<name>}: a topic name never holds a colon, so the two never meet. A topic under an owned
 * prefix is an orphan the plan may delete (with prune) only when this log says meshcode created it:
 * a topic another team made by hand under the same prefix, or one that existed before the mesh, is
 * never touched (invariant 4).
 *
 * <p>Failing safe: when the log cannot be written, the topic is simply not owned (never pruned);
 * when it cannot be read, no topic is owned and the read says so.
 */
final class OwnershipLog {

  static final String TOPIC = "_meshcode.ownership";
  private static final String OWNER = "meshcode";
  private static final Duration POLL = Duration.ofMillis(200);

  private final LazyAdmin admin;
  private final Map<String, Object> clientConfig;
  private final Duration timeout;

  /**
   * @param clientConfig the AdminClient's configuration (bootstrap, security); the consumer and
   *     producer use the same connection settings
   */
  OwnershipLog(LazyAdmin admin, Map<String, Object> clientConfig, Duration timeout) {
    this.admin = admin;
    this.clientConfig = Map.copyOf(clientConfig);
    this.timeout = timeout;
  }

  /** The topics recorded as created by meshcode; empty when the log does not exist yet. */
  Set<String> owned() {
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, timeout);
      Set<String> owned = new TreeSet<>();
      if (partitions == null || partitions.isEmpty()) {
        return owned;
      }
      List<TopicPartition> assigned = new ArrayList<>();
      partitions.forEach(p -> assigned.add(new TopicPartition(p.topic(), p.partition())));
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!caughtUp(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new KafkaProviderException(
              "cannot read the ownership log " + TOPIC + " within " + timeout.toSeconds() + " s");
        }
        for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
          if (r.value() == null) {
            owned.remove(r.key());
          } else {
            owned.add(r.key());
          }
        }
      }
      return owned;
    } catch (KafkaException e) {
      throw new KafkaProviderException("cannot read the ownership log " + TOPIC + ": " + e);
    }
  }

  /** Records {@code topics} as created by meshcode. Best effort: see the class comment. */
  void record(Collection<String> topics) {
    if (!topics.isEmpty() && exists()) {
      write(topics, OWNER);
    }
  }

  /** Forgets deleted {@code topics}, so a topic re-created later by hand is not meshcode's. */
  void forget(Collection<String> topics) {
    if (!topics.isEmpty() && exists()) {
      write(topics, null);
    }
  }

  /**
   * Creates the log when missing (never left to a broker's auto-creation, which would not compact).
   */
  private boolean exists() {
    NewTopic log =
        new NewTopic(TOPIC, Optional.of(1), Optional.empty())
            .configs(Map.of("cleanup.policy", "compact"));
    try {
      admin.get().createTopics(List.of(log)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException e) {
      return e.getCause() instanceof TopicExistsException;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void write(Collection<String> topics, String value) {
    try (KafkaProducer<String, String> producer = producer()) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (String topic : topics) {
        sent.add(producer.send(new ProducerRecord<>(TOPIC, topic, value)));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (KafkaException | ExecutionException | TimeoutException e) {
      // Fails safe: an unrecorded topic is never an orphan, an unforgotten one is deleted already.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private KafkaConsumer<String, String> consumer() {
    Map<String, Object> config = connection();
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Looking for a log that does not exist must not create it (uncompacted) on the broker.
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }

  private KafkaProducer<String, String> producer() {
    Map<String, Object> config = connection();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  /** Only the settings every client shares: where, who, how securely. */
  private Map<String, Object> connection() {
    Map<String, Object> config = new HashMap<>();
    clientConfig.forEach(
        (key, value) -> {
          boolean shared =
              key.equals("bootstrap.servers")
                  || key.equals("client.id")
                  || key.startsWith("security.")
                  || key.startsWith("sasl.")
                  || key.startsWith("ssl.");
          if (shared) {
            config.put(key, value);
          }
        });
    config.put("client.id", "meshcode-ownership");
    return config;
  }
}
