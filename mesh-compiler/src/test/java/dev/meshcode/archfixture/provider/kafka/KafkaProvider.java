package dev.meshcode.archfixture.provider.kafka;

import org.apache.kafka.archfixture.KafkaStub;

/** A provider may talk to Kafka: the rule must not flag this class. */
public final class KafkaProvider {

  public boolean ready() {
    return new KafkaStub().connected();
  }
}
