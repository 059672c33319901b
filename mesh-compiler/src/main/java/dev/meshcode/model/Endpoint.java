package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach one system of an environment.
 *
 * @param address Kafka's {@code bootstrap.servers}, or the base URL of an HTTP service
 * @param properties extra client properties (for Kafka: {@code security.protocol}, {@code
 *     sasl.mechanism}, …); never secrets, which go in {@code credentials}
 */
public record Endpoint(
    String address,
    Optional<Credentials> credentials,
    Map<String, String> properties,
    SourceLocation location) {

  public Endpoint {
    properties = Map.copyOf(properties);
  }
}
