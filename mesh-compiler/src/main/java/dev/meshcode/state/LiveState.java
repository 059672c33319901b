package dev.meshcode.state;

import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the providers observed: each resource in scope that exists, by address, with its attributes
 * in the planner's vocabulary ({@code dev.meshcode.resource.Attributes}). An address in scope but
 * absent here does not exist.
 */
public record LiveState(Map<ResourceAddress, Resource> resources) {

  public LiveState {
    resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
  }

  public static LiveState empty() {
    return new LiveState(Map.of());
  }

  public static LiveState of(Collection<Resource> observed) {
    Map<ResourceAddress, Resource> map = new TreeMap<>();
    observed.forEach(r -> map.put(r.address(), r));
    return new LiveState(map);
  }

  public Optional<Resource> get(ResourceAddress address) {
    return Optional.ofNullable(resources.get(address));
  }

  /** This state and {@code other}'s (each provider reads its own kinds). */
  public LiveState plus(LiveState other) {
    Map<ResourceAddress, Resource> merged = new TreeMap<>(resources);
    merged.putAll(other.resources);
    return new LiveState(merged);
  }
}
