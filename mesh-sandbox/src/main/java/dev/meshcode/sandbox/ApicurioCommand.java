package dev.meshcode.sandbox;

import java.util.ArrayList;
import java.util.List;

/** The command line that starts the registry: pure, so every flag is unit-tested. */
final class ApicurioCommand {

  /**
   * Start-up time matters more than peak throughput for a sandbox: C1 only and the serial collector
   * took Apicurio 3.3.3 from about 4.2 s to 2.8-3.5 s on a 2-core machine.
   */
  static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private ApicurioCommand() {}

  static List<String> of(
      ApicurioJava java,
      ApicurioDistribution dist,
      ApicurioOptions options,
      int httpPort,
      int managementPort) {
    if (java.feature() < dist.release().minimumJava()) {
      throw new ApicurioException(
          "Apicurio Registry "
              + dist.release().version()
              + " needs Java "
              + dist.release().minimumJava()
              + "+, but the JDK found is Java "
              + java.feature()
              + " ("
              + java.executable()
              + ")");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(java.executable().toString());
    cmd.add("-Xmx" + options.heap());
    cmd.addAll(FAST_START);
    // Quarkus listens on 0.0.0.0 unless told otherwise.
    cmd.add("-Dquarkus.http.host=127.0.0.1");
    cmd.add("-Dquarkus.http.port=" + httpPort);
    // Apicurio logs every request by default: about 9 MB for one plan of 10,000 products, and
    // 8% of the registry's time on 2 cores. The log keeps start-up, audit lines and errors.
    cmd.add("-Dquarkus.http.access-log.enabled=false");
    cmd.add("-D" + dist.release().maxSubjectsProperty() + "=" + options.maxSubjects());
    if (dist.release() == ApicurioRelease.V3) {
      cmd.add("-Dquarkus.management.host=127.0.0.1");
      cmd.add("-Dquarkus.management.port=" + managementPort);
      options.kafkaBootstrap().ifPresent(b -> addKafkaSql(cmd, b));
    } else if (options.kafkaBootstrap().isPresent()) {
      throw new ApicurioException(
          "Apicurio Registry "
              + dist.release().version()
              + " from Maven Central has in-memory storage only; kafkasql needs 3.x (Java 21+)");
    }
    cmd.addAll(options.extraJvmArgs());
    cmd.add("-jar");
    cmd.add(dist.launchJar().toString());
    return cmd;
  }

  private static void addKafkaSql(List<String> cmd, String bootstrap) {
    cmd.add("-Dapicurio.storage.kind=kafkasql");
    cmd.add("-Dapicurio.kafkasql.bootstrap.servers=" + bootstrap);
    // The default 5 s poll made a start take 16-26 s; 500 ms brings it to 7-10 s.
    cmd.add("-Dapicurio.kafkasql.consumer.poll.timeout=500");
  }
}
