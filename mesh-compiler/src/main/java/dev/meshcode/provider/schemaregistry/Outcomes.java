package dev.meshcode.provider.schemaregistry;

import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;

/** A registry call's outcome as the outcome of the change it served. */
final class Outcomes {

  private Outcomes() {}

  /** Applied with {@code note} when the call returned it, failed with the registry's words. */
  static ChangeOutcome of(ResourceChange change, RegistryBatch.Outcome<String> outcome) {
    if (outcome instanceof RegistryBatch.Outcome.Done<String> done) {
      return new ChangeOutcome(change.address(), ChangeOutcome.Status.APPLIED, done.value());
    }
    RegistryException e = ((RegistryBatch.Outcome.Failed<String>) outcome).error();
    return ChangeOutcome.failed(change.address(), e.getMessage());
  }

  /** The outcome the call decided, or failed with the registry's words. */
  static ChangeOutcome outcome(
      ResourceChange change, RegistryBatch.Outcome<ChangeOutcome> outcome) {
    if (outcome instanceof RegistryBatch.Outcome.Done<ChangeOutcome> done) {
      return done.value();
    }
    RegistryException e = ((RegistryBatch.Outcome.Failed<ChangeOutcome>) outcome).error();
    return ChangeOutcome.failed(change.address(), e.getMessage());
  }
}
