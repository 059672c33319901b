package dev.meshcode.model;

import java.util.Optional;

/**
 * An {@code Environment} document: where one deployment of the mesh lives. Only Kafka is required;
 * the other systems are managed when their endpoint is given.
 *
 * @param catalog the catalog endpoint; for the built-in catalog its address is a topic name
 * @param sqlEngine the streaming-SQL endpoint (ksqlDB server or Flink SQL Gateway)
 */
public record Environment(
    String name,
    String description,
    Endpoint kafka,
    Optional<Endpoint> schemaRegistry,
    Optional<Endpoint> catalog,
    Optional<Endpoint> sqlEngine,
    EnvironmentOverrides overrides,
    Origin origin) {}
