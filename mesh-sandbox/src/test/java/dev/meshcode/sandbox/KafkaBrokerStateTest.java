package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerStateTest {

  @Test
  void write_thenRead_givesTheSameState(@TempDir Path dir) {
    // GIVEN a three-node state
    KafkaBrokerState state =
        new KafkaBrokerState(
            "abc",
            List.of(
                new KafkaNode(1, 1001, 2001),
                new KafkaNode(2, 1002, 2002),
                new KafkaNode(3, 1003, 2003)),
            List.of(11L, 12L, 13L),
            List.of(1000L, 2000L, 3000L));

    // WHEN it is written and read back
    state.write(dir);

    // THEN nothing is lost and the bootstrap lists every node
    assertThat(KafkaBrokerState.read(dir)).contains(state);
    assertThat(state.bootstrap()).isEqualTo("127.0.0.1:1001,127.0.0.1:1002,127.0.0.1:1003");
  }

  @Test
  void read_noStateFile_isEmpty(@TempDir Path dir) {
    assertThat(KafkaBrokerState.read(dir)).isEmpty();
  }

  @Test
  void serverProperties_threeNodes_listsEveryVoterAndBindsLoopbackOnly() {
    // GIVEN node 2 of a three-node cluster
    List<KafkaNode> cluster =
        List.of(
            new KafkaNode(1, 1001, 2001),
            new KafkaNode(2, 1002, 2002),
            new KafkaNode(3, 1003, 2003));

    // WHEN its configuration is rendered
    String props =
        KafkaNodeConfig.serverProperties(
            Path.of("/d"), cluster.get(1), cluster, KafkaSecurity.none());

    // THEN it names all voters, listens on 127.0.0.1 only and never auto-creates topics
    assertThat(props)
        .contains("node.id=2\n")
        .contains("controller.quorum.voters=1@127.0.0.1:2001,2@127.0.0.1:2002,3@127.0.0.1:2003\n")
        .contains("listeners=PLAINTEXT://127.0.0.1:1002,CONTROLLER://127.0.0.1:2002\n")
        .contains("log.dirs=/d/node-2/data\n")
        .contains("offsets.topic.replication.factor=3\n")
        .contains("auto.create.topics.enable=false\n");
  }
}
