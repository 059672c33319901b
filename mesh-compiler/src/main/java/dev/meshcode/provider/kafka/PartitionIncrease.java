package dev.meshcode.provider.kafka;

/** Grow a topic to {@code totalPartitions}; Kafka cannot shrink one. */
public record PartitionIncrease(String topic, int totalPartitions) {}
