package dev.meshcode.plan;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.ProductId;
import dev.meshcode.resource.ResourceAddress;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One planned change to one resource.
 *
 * @param product the product that declares the resource; empty for shared referenced schemas and
 *     for orphans
 * @param attributeChanges the attributes that differ (for a create every declared one, for a delete
 *     every observed one), sorted by name
 * @param desired every declared attribute of the resource, changed or not, as apply needs them (a
 *     new schema version is registered with its type and references); empty for a delete. Sensitive
 *     values are replaced by {@link AttributeChange#SENSITIVE}.
 * @param compatibility for a schema create or update: whether the registry accepts it; empty until
 *     a checker judged it
 * @param location where the resource is declared; empty for an orphan
 * @param downstream the lineage impact: the products that derive from this one, directly or not,
 *     sorted; empty for a create
 */
public record ResourceChange(
    ResourceAddress address,
    Optional<ProductId> product,
    Action action,
    ChangeReason reason,
    List<AttributeChange> attributeChanges,
    Map<String, String> desired,
    Optional<CompatibilityVerdict> compatibility,
    Optional<SourceLocation> location,
    List<ProductId> downstream) {

  public ResourceChange {
    attributeChanges =
        attributeChanges.stream().sorted(Comparator.comparing(AttributeChange::name)).toList();
    desired = Collections.unmodifiableSortedMap(new TreeMap<>(desired));
    downstream = downstream.stream().sorted().distinct().toList();
  }

  public ResourceChange withCompatibility(CompatibilityVerdict verdict) {
    return new ResourceChange(
        address,
        product,
        action,
        reason,
        attributeChanges,
        desired,
        Optional.of(verdict),
        location,
        downstream);
  }

  public ResourceChange withDownstream(List<ProductId> products) {
    return new ResourceChange(
        address,
        product,
        action,
        reason,
        attributeChanges,
        desired,
        compatibility,
        location,
        products);
  }

  /** The value apply should set for {@code attribute}. */
  public Optional<String> desired(String attribute) {
    return Optional.ofNullable(desired.get(attribute));
  }

  /** The change of {@code attribute}, when it changes. */
  public Optional<AttributeChange> change(String attribute) {
    return attributeChanges.stream().filter(a -> a.name().equals(attribute)).findFirst();
  }
}
