package dev.meshcode.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to run the registry.
 *
 * @param httpPort the API port, 0 for a free one
 * @param managementPort the health/metrics port (3.x only), 0 for a free one
 * @param kafkaBootstrap with a value, 3.x keeps its state in Kafka ({@code kafkasql} storage, which
 *     survives a restart); empty means in-memory storage
 * @param heap the {@code -Xmx} value, e.g. {@code 512m}
 * @param maxSubjects the cap on {@code GET /subjects}; Apicurio's default of 1000 truncates
 *     silently
 * @param readyTimeout how long to wait for the API to answer
 * @param extraJvmArgs further options, placed before {@code -jar}
 */
public record ApicurioOptions(
    int httpPort,
    int managementPort,
    Optional<String> kafkaBootstrap,
    String heap,
    int maxSubjects,
    Duration readyTimeout,
    List<String> extraJvmArgs) {

  public ApicurioOptions {
    extraJvmArgs = List.copyOf(extraJvmArgs);
  }

  /** Free ports, in-memory storage, 512 MB heap, 1,000,000 subjects, 120 s to get ready. */
  public static ApicurioOptions defaults() {
    return new ApicurioOptions(
        0, 0, Optional.empty(), "512m", 1_000_000, Duration.ofSeconds(120), List.of());
  }

  public ApicurioOptions withPorts(int http, int management) {
    return new ApicurioOptions(
        http, management, kafkaBootstrap, heap, maxSubjects, readyTimeout, extraJvmArgs);
  }

  /** State in the {@code kafkasql-journal} topic of this Kafka cluster (3.x only). */
  public ApicurioOptions withKafkaSql(String bootstrapServers) {
    return new ApicurioOptions(
        httpPort,
        managementPort,
        Optional.of(bootstrapServers),
        heap,
        maxSubjects,
        readyTimeout,
        extraJvmArgs);
  }

  /** Adds {@code args}; HotSpot takes the last of repeated options, so these can undo defaults. */
  public ApicurioOptions withJvmArgs(List<String> args) {
    List<String> all = new java.util.ArrayList<>(extraJvmArgs);
    all.addAll(args);
    return new ApicurioOptions(
        httpPort, managementPort, kafkaBootstrap, heap, maxSubjects, readyTimeout, all);
  }

  public ApicurioOptions withReadyTimeout(Duration timeout) {
    return new ApicurioOptions(
        httpPort, managementPort, kafkaBootstrap, heap, maxSubjects, timeout, extraJvmArgs);
  }

  public String storage() {
    return kafkaBootstrap.isPresent() ? "kafkasql" : "in-memory";
  }
}
