package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher against a real forked broker: start, stop, restart with the same data. */
class KafkaBrokerTest {
  private final Path dir = Path.of("target", "kafka-broker-test").toAbsolutePath();

  @AfterEach
  void stopLeftovers() {
    KafkaBroker.stop(dir);
  }

  @Test
  void start_stopAndStartAgain_keepsTopicsAndPorts() throws Exception {
    // GIVEN a fresh data directory and a started broker holding one topic
    KafkaBrokerExtension.deleteRecursively(dir);
    KafkaBrokerOptions options = KafkaBrokerOptions.of(dir).tiedToThisJvm(true);
    KafkaBroker first = KafkaBroker.start(options);
    String bootstrap = first.bootstrap();
    createTopic(bootstrap, "kept-across-restart");
    long firstPid = first.state().pids().get(0);

    // WHEN it stops and starts again on the same directory
    first.stop();
    assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
    KafkaBroker second = KafkaBroker.start(options);

    // THEN the same ports serve the old topic from the old data
    assertThat(second.bootstrap()).isEqualTo(bootstrap);
    assertThat(second.state().clusterId()).isEqualTo(first.state().clusterId());
    assertThat(listTopics(second.bootstrap())).contains("kept-across-restart");

    // AND a start on a running directory attaches instead of starting a second broker
    KafkaBroker attached = KafkaBroker.start(options);
    assertThat(attached.state().pids()).isEqualTo(second.state().pids());

    // AND another JVM's stop (by the state file) ends it
    assertThat(KafkaBroker.stop(dir)).isEqualTo(1);
    assertThat(second.isRunning()).isFalse();
    assertThat(KafkaBroker.status(dir).orElseThrow().pids()).containsExactly(-1L);
    assertThat(KafkaBroker.stop(dir)).isZero();
  }

  private static void createTopic(String bootstrap, String name) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static Set<String> listTopics(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }
  }

  private static Admin admin(String bootstrap) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }
}
