package dev.meshcode.provider.kafka;

import java.time.Duration;

/**
 * Limits and timeouts of {@link KafkaTopics}.
 *
 * @param alterBatchSize topic names per alter, partitions or delete call (reads are one call for
 *     the whole scope)
 * @param maxRecordsPerCreate metadata records per CreateTopics request (KRaft rejects a request of
 *     more than 10,000 whole, creating nothing)
 * @param maxPartitionsPerCreate partitions per CreateTopics request (Kafka's limit is 10,000)
 * @param timeout the bound of every single call
 * @param visibilityTimeout how long a read retries a topic this adapter created that the broker
 *     does not show yet (its metadata lags the controller briefly)
 */
public record KafkaTopicsOptions(
    int alterBatchSize,
    int maxRecordsPerCreate,
    int maxPartitionsPerCreate,
    Duration timeout,
    Duration visibilityTimeout) {

  /** Kafka's limit on metadata records, and on partitions, of one CreateTopics request. */
  public static final int KAFKA_MAX_RECORDS_PER_REQUEST = 10_000;

  /**
   * The records budget used by default: 1% below the limit, as headroom for records the controller
   * adds that {@link TopicSpec#metadataRecords} does not know of (a future Kafka may add some).
   */
  public static final int DEFAULT_MAX_RECORDS_PER_CREATE = 9_900;

  public KafkaTopicsOptions {
    if (alterBatchSize < 1 || maxRecordsPerCreate < 1 || maxPartitionsPerCreate < 1) {
      throw new IllegalArgumentException("batch sizes must be positive");
    }
  }

  public static KafkaTopicsOptions defaults() {
    return new KafkaTopicsOptions(
        1_000,
        DEFAULT_MAX_RECORDS_PER_CREATE,
        KAFKA_MAX_RECORDS_PER_REQUEST,
        Duration.ofSeconds(60),
        Duration.ofSeconds(10));
  }

  public KafkaTopicsOptions withAlterBatchSize(int size) {
    return new KafkaTopicsOptions(
        size, maxRecordsPerCreate, maxPartitionsPerCreate, timeout, visibilityTimeout);
  }

  public KafkaTopicsOptions withTimeout(Duration value) {
    return new KafkaTopicsOptions(
        alterBatchSize, maxRecordsPerCreate, maxPartitionsPerCreate, value, visibilityTimeout);
  }

  public KafkaTopicsOptions withVisibilityTimeout(Duration value) {
    return new KafkaTopicsOptions(
        alterBatchSize, maxRecordsPerCreate, maxPartitionsPerCreate, timeout, value);
  }
}
