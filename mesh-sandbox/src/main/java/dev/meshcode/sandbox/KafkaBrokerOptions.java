package dev.meshcode.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to launch a local Kafka cluster.
 *
 * @param dataDir where the nodes keep their logs, configs and the state file; reused on restart
 * @param nodes how many combined broker+controller nodes (1 for tests, 3 for large benchmarks)
 * @param classpath the broker's jar files (kafka_2.13 and its runtime dependencies)
 * @param jvmOptions options of each forked broker JVM (heap)
 * @param startTimeout how long to wait until every node answers an admin request
 * @param tiedToThisJvm when true the brokers exit as soon as this JVM ends (tests: nothing leaks
 *     even if the test JVM is killed); when false they outlive it (the user's sandbox)
 * @param preferredPort the first node's client port when it is free (the port an environment file
 *     already declares, so the file need not change); 0 for none
 */
public record KafkaBrokerOptions(
    Path dataDir,
    int nodes,
    List<Path> classpath,
    List<String> jvmOptions,
    Duration startTimeout,
    boolean tiedToThisJvm,
    int preferredPort,
    KafkaSecurity security) {

  /**
   * About 360 MiB resident after 1,000 topics (measured); the default 1 GiB heap grows with churn.
   */
  public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms128m", "-Xmx384m");

  public KafkaBrokerOptions {
    if (nodes < 1 || nodes > 9) {
      throw new IllegalArgumentException("nodes must be between 1 and 9, got " + nodes);
    }
    dataDir = dataDir.toAbsolutePath().normalize();
    classpath = List.copyOf(classpath);
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** One node, the broker jars found in this JVM, default heap, 90 s to start, outliving it. */
  public static KafkaBrokerOptions of(Path dataDir) {
    return of(dataDir, KafkaClasspath.fromThisJvm());
  }

  /** As {@link #of(Path)} with the broker jars given (for example Maven's resolved artifacts). */
  public static KafkaBrokerOptions of(Path dataDir, List<Path> classpath) {
    KafkaClasspath.requireBroker(classpath);
    return new KafkaBrokerOptions(
        dataDir,
        1,
        classpath,
        DEFAULT_JVM_OPTIONS,
        Duration.ofSeconds(90),
        false,
        0,
        KafkaSecurity.none());
  }

  public KafkaBrokerOptions withNodes(int count) {
    return new KafkaBrokerOptions(
        dataDir,
        count,
        classpath,
        jvmOptions,
        startTimeout,
        tiedToThisJvm,
        preferredPort,
        security);
  }

  public KafkaBrokerOptions withClasspath(List<Path> jars) {
    return new KafkaBrokerOptions(
        dataDir, nodes, jars, jvmOptions, startTimeout, tiedToThisJvm, preferredPort, security);
  }

  public KafkaBrokerOptions withJvmOptions(List<String> options) {
    return new KafkaBrokerOptions(
        dataDir, nodes, classpath, options, startTimeout, tiedToThisJvm, preferredPort, security);
  }

  public KafkaBrokerOptions withStartTimeout(Duration timeout) {
    return new KafkaBrokerOptions(
        dataDir, nodes, classpath, jvmOptions, timeout, tiedToThisJvm, preferredPort, security);
  }

  public KafkaBrokerOptions tiedToThisJvm(boolean tied) {
    return new KafkaBrokerOptions(
        dataDir, nodes, classpath, jvmOptions, startTimeout, tied, preferredPort, security);
  }

  public KafkaBrokerOptions withPreferredPort(int port) {
    return new KafkaBrokerOptions(
        dataDir, nodes, classpath, jvmOptions, startTimeout, tiedToThisJvm, port, security);
  }

  /**
   * SASL/PLAIN (over plaintext, loopback only) on the client listener with these users (name to
   * password); the first by name is the brokers' own. For tests of clients that log in.
   */
  public KafkaBrokerOptions withSaslUsers(Map<String, String> users) {
    return new KafkaBrokerOptions(
        dataDir,
        nodes,
        classpath,
        jvmOptions,
        startTimeout,
        tiedToThisJvm,
        preferredPort,
        security.withUsers(users));
  }

  /**
   * TLS on the client listener (SSL, or SASL_SSL with {@link #withSaslUsers}); mutual TLS when the
   * keys {@link KafkaTls#requiringClientCertificates require client certificates}. For tests.
   */
  public KafkaBrokerOptions withTls(KafkaTls keys) {
    return new KafkaBrokerOptions(
        dataDir,
        nodes,
        classpath,
        jvmOptions,
        startTimeout,
        tiedToThisJvm,
        preferredPort,
        security.withTls(keys));
  }
}
