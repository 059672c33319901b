package org.apache.kafka.archfixture;

/**
 * Stands in for a Kafka client class, so ArchitectureTest can prove its Kafka rule fires without
 * putting the Kafka client on the compiler's classpath.
 */
public final class KafkaStub {

  public boolean connected() {
    return false;
  }
}
