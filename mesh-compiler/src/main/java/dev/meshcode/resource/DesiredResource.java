package dev.meshcode.resource;

import dev.meshcode.diag.SourceLocation;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resource the mesh declares, with where each attribute was written (diagnostics point there) and
 * which attributes an environment override changed.
 *
 * @param location where the resource is declared (the product document, or the schema)
 * @param attributeLocations the line of each attribute that was written; others fall back to {@code
 *     location}
 * @param overrides attribute → a note such as {@code maxReplicationFactor=1, declared 3}
 */
public record DesiredResource(
    Resource resource,
    SourceLocation location,
    Map<String, SourceLocation> attributeLocations,
    Map<String, String> overrides) {

  public DesiredResource {
    attributeLocations = Map.copyOf(attributeLocations);
    overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
  }

  public ResourceAddress address() {
    return resource.address();
  }

  public SourceLocation locate(String attribute) {
    return attributeLocations.getOrDefault(attribute, location);
  }
}
