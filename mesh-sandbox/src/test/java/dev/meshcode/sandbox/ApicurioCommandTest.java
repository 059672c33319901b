package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApicurioCommandTest {

  private static final ApicurioDistribution V3 =
      new ApicurioDistribution(Path.of("/d3"), ApicurioRelease.V3, Path.of("/d3/quarkus-run.jar"));
  private static final ApicurioDistribution V2 =
      new ApicurioDistribution(Path.of("/d2"), ApicurioRelease.V2, Path.of("/d2/x-runner.jar"));
  private static final ApicurioJava JAVA25 = new ApicurioJava(Path.of("/jdk25/bin/java"), 25);
  private static final ApicurioJava JAVA17 = new ApicurioJava(Path.of("/jdk17/bin/java"), 17);

  @Test
  void of_v3InMemory_bindsLoopbackRaisesCapStartsFastAndLogsNoRequests() {
    List<String> cmd = ApicurioCommand.of(JAVA25, V3, ApicurioOptions.defaults(), 18080, 19000);

    assertThat(cmd)
        .containsExactly(
            "/jdk25/bin/java",
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Dquarkus.http.host=127.0.0.1",
            "-Dquarkus.http.port=18080",
            "-Dquarkus.http.access-log.enabled=false",
            "-Dapicurio.ccompat.max-subjects=1000000",
            "-Dquarkus.management.host=127.0.0.1",
            "-Dquarkus.management.port=19000",
            "-jar",
            "/d3/quarkus-run.jar");
  }

  @Test
  void of_extraJvmArgs_comeAfterTheStartUpOptionsSoTheyCanUndoThem() {
    ApicurioOptions options =
        ApicurioOptions.defaults().withJvmArgs(List.of("-XX:TieredStopAtLevel=4"));

    List<String> cmd = ApicurioCommand.of(JAVA25, V3, options, 18080, 19000);

    assertThat(cmd.indexOf("-XX:TieredStopAtLevel=4"))
        .isGreaterThan(cmd.indexOf("-XX:TieredStopAtLevel=1"))
        .isEqualTo(cmd.indexOf("-jar") - 1);
  }

  @Test
  void of_v3KafkaSql_addsStorageBootstrapAndShortPoll() {
    List<String> cmd =
        ApicurioCommand.of(
            JAVA25, V3, ApicurioOptions.defaults().withKafkaSql("127.0.0.1:9092"), 1, 2);

    assertThat(cmd)
        .contains(
            "-Dapicurio.storage.kind=kafkasql",
            "-Dapicurio.kafkasql.bootstrap.servers=127.0.0.1:9092",
            "-Dapicurio.kafkasql.consumer.poll.timeout=500");
  }

  @Test
  void of_v2OnJava17_usesTheTwoXPropertyAndNoManagementPort() {
    List<String> cmd = ApicurioCommand.of(JAVA17, V2, ApicurioOptions.defaults(), 18080, 19000);

    assertThat(cmd)
        .contains("-Dregistry.ccompat.max-subjects=1000000")
        .noneMatch(a -> a.startsWith("-Dquarkus.management"))
        .endsWith("-jar", "/d2/x-runner.jar");
  }

  @Test
  void of_v3OnJava17_failsNamingBothVersions() {
    assertThatThrownBy(() -> ApicurioCommand.of(JAVA17, V3, ApicurioOptions.defaults(), 1, 2))
        .isInstanceOf(ApicurioException.class)
        .hasMessage(
            "Apicurio Registry 3.3.3 needs Java 21+, but the JDK found is Java 17"
                + " (/jdk17/bin/java)");
  }

  @Test
  void of_v2WithKafkaSql_failsBecauseCentralHasNoSuchDistribution() {
    assertThatThrownBy(
            () ->
                ApicurioCommand.of(
                    JAVA17, V2, ApicurioOptions.defaults().withKafkaSql("h:1"), 1, 2))
        .hasMessageContaining("in-memory storage only");
  }
}
