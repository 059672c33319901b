package dev.meshcode.resource;

import dev.meshcode.model.ProductId;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One desired or observed object, as a flat, sorted map of attributes whose values are the strings
 * the planner compares (already normalised: a schema's canonical text, a config's string form).
 *
 * @param product the product that declares it; empty for an observed orphan
 */
public record Resource(
    ResourceAddress address, Optional<ProductId> product, Map<String, String> attributes) {

  public Resource {
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }
}
