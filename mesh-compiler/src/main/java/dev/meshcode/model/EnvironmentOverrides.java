package dev.meshcode.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-environment adjustments applied when the mesh is lowered for that environment (a one-broker
 * sandbox cannot hold RF 3). Policies always judge the declared values, never the overridden ones.
 *
 * @param partitionScale multiplies every product's partitions (rounded up, at least 1)
 * @param topicPrefix prepended to every topic name and subject
 */
public record EnvironmentOverrides(
    OptionalInt maxReplicationFactor,
    OptionalInt maxMinInsyncReplicas,
    Optional<Double> partitionScale,
    Optional<String> topicPrefix) {

  public static EnvironmentOverrides none() {
    return new EnvironmentOverrides(
        OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
  }
}
