package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Three nodes (for the large benchmarks): about 800 MiB and 10-20 s on two cores, so it runs only
 * when asked: {@code -Dmeshcode.test.kafka.cluster=true}.
 */
@EnabledIfSystemProperty(named = "meshcode.test.kafka.cluster", matches = "true")
class KafkaClusterTest {
  private final Path dir = Path.of("target", "kafka-cluster-test").toAbsolutePath();

  @AfterEach
  void stopLeftovers() {
    KafkaBroker.stop(dir);
  }

  @Test
  void start_threeNodes_servesTopicsReplicatedThreeTimes() throws Exception {
    // GIVEN a fresh three-node cluster
    KafkaBrokerExtension.deleteRecursively(dir);
    KafkaBroker cluster =
        KafkaBroker.start(KafkaBrokerOptions.of(dir).withNodes(3).tiedToThisJvm(true));

    // WHEN a topic with three replicas is created
    TopicDescription topic;
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrap()))) {
      admin
          .createTopics(List.of(new NewTopic("replicated", 3, (short) 3)))
          .all()
          .get(30, TimeUnit.SECONDS);
      topic =
          admin
              .describeTopics(List.of("replicated"))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .get("replicated");
    }

    // THEN every node is listed and every partition has three replicas
    assertThat(cluster.bootstrap().split(",")).hasSize(3);
    assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
    cluster.stop();
    assertThat(KafkaBroker.runningNodes(dir)).isZero();
  }
}
