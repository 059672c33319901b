package dev.meshcode.model;

import java.util.Optional;
import java.util.Set;

/**
 * Which products a policy rule applies to. Each non-empty set must contain the product's value (for
 * tags: at least one of the product's tags); empty sets match everything, so {@link #all()} selects
 * every product.
 *
 * @param derived when present, selects only derived (true) or only source (false) products
 */
public record Selector(
    Set<String> domains,
    Set<Quality> quality,
    Set<SlaTier> sla,
    Set<String> tags,
    Set<Stage> stages,
    Optional<Boolean> derived) {

  public Selector {
    domains = Set.copyOf(domains);
    quality = Set.copyOf(quality);
    sla = Set.copyOf(sla);
    tags = Set.copyOf(tags);
    stages = Set.copyOf(stages);
  }

  public static Selector all() {
    return new Selector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty());
  }

  public boolean matches(DataProduct p) {
    return (domains.isEmpty() || domains.contains(p.id().domain()))
        && (quality.isEmpty() || quality.contains(p.quality()))
        && (sla.isEmpty() || sla.contains(p.sla()))
        && (tags.isEmpty() || p.tags().stream().anyMatch(tags::contains))
        && (stages.isEmpty() || stages.contains(p.lifecycle().stage()))
        && derived.map(d -> d == p.derived()).orElse(true);
  }
}
