package dev.meshcode.resource;

import dev.meshcode.model.ProductId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one environment should hold: the mesh lowered. Sorted by address, so everything computed
 * from it is deterministic.
 *
 * @param resources the resources that must exist
 * @param retired resources of retired products: deleted when they still exist
 * @param owned the name spaces the mesh owns, where orphans may be pruned
 * @param products every product, retired ones included
 */
public record DesiredState(
    List<DesiredResource> resources,
    List<DesiredResource> retired,
    List<OwnedPrefix> owned,
    Map<ProductId, ProductFacts> products) {

  public DesiredState {
    resources = sorted(resources);
    retired = sorted(retired);
    owned =
        owned.stream()
            .sorted(Comparator.comparing(OwnedPrefix::kind).thenComparing(OwnedPrefix::prefix))
            .toList();
    products = Collections.unmodifiableSortedMap(new TreeMap<>(products));
  }

  public static DesiredState empty() {
    return new DesiredState(List.of(), List.of(), List.of(), Map.of());
  }

  public Map<ResourceAddress, DesiredResource> byAddress() {
    return Stream.concat(resources.stream(), retired.stream())
        .collect(
            Collectors.toMap(
                DesiredResource::address, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  /** The owned name space {@code address} falls in, if any. */
  public Optional<OwnedPrefix> ownerOf(ResourceAddress address) {
    return owned.stream().filter(o -> o.owns(address)).findFirst();
  }

  private static List<DesiredResource> sorted(List<DesiredResource> items) {
    return items.stream().sorted(Comparator.comparing(DesiredResource::address)).toList();
  }
}
