package dev.meshcode.archfixture.check;

import dev.meshcode.archfixture.model.LeakyRecord;
import org.apache.kafka.archfixture.KafkaStub;
import org.apache.maven.archfixture.MavenStub;

/** Closes a package cycle with the model, and talks to Kafka and Maven outside a provider. */
public final class CycleCheck {

  public boolean check(LeakyRecord record) {
    return record != null && new KafkaStub().connected() && new MavenStub().online();
  }
}
