package dev.meshcode.apply;

import dev.meshcode.model.ProductId;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which earlier changes did not happen, and so which later ones must not be attempted: a product's
 * later resources wait for its earlier ones (subject config → schema → topic), and a schema waits
 * for the schemas it references. Deletes never wait: each removes one resource.
 */
final class Dependencies {

  private final Map<ResourceAddress, ProductId> productOf = new HashMap<>();
  private final Map<ProductId, ResourceAddress> failedProducts = new HashMap<>();
  private final Map<String, ResourceAddress> failedSubjects = new HashMap<>();

  void remember(ResourceChange change) {
    change.product().ifPresent(p -> productOf.put(change.address(), p));
  }

  void record(ChangeOutcome outcome) {
    if (outcome.status() == ChangeOutcome.Status.APPLIED) {
      return;
    }
    ResourceAddress address = outcome.address();
    Optional.ofNullable(productOf.get(address))
        .ifPresent(p -> failedProducts.putIfAbsent(p, address));
    if (address.kind() == ResourceKind.SCHEMA) {
      failedSubjects.putIfAbsent(address.name(), address);
    }
  }

  /** Why {@code change} must be skipped, if it must. */
  Optional<String> blocker(ResourceChange change) {
    remember(change);
    if (change.action() == Action.DELETE) {
      return Optional.empty();
    }
    if (change.desired().containsValue(AttributeChange.SENSITIVE)) {
      return Optional.of(
          "Skipped: a sensitive value is never stored in a plan; apply without a saved plan.");
    }
    Optional<ResourceAddress> earlier = change.product().map(failedProducts::get);
    if (earlier.isPresent()) {
      return Optional.of("Skipped: " + earlier.get() + " of the same product did not apply.");
    }
    for (String subject :
        Attributes.referencedSubjects(change.desired(Attributes.REFERENCES).orElse(""))) {
      ResourceAddress reference = failedSubjects.get(subject);
      if (reference != null) {
        return Optional.of("Skipped: the referenced schema " + reference + " did not apply.");
      }
    }
    return Optional.empty();
  }
}
