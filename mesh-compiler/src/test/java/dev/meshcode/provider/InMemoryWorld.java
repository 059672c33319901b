package dev.meshcode.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The systems a test talks to, as maps: the resources that exist, the schema changes a registry
 * would call incompatible, and the changes that fail at apply. Shared by the in-memory providers of
 * each system, as one cluster and one registry would be.
 *
 * <p>{@code live.json}: {@code {"resources": {address: {attribute: value}}, "incompatible":
 * {address: message}, "failing": {address: message}, "madeByHand": [subject]}}; the last three are
 * optional. The world keeps the ownership record too: every subject it holds counts as registered
 * by meshcode, except those {@code madeByHand}.
 */
public final class InMemoryWorld {

  final Map<ResourceAddress, Resource> resources = new TreeMap<>();
  final Map<ResourceAddress, String> incompatible = new HashMap<>();
  final Map<ResourceAddress, String> failing = new HashMap<>();
  final Set<String> recordedSubjects = new TreeSet<>();
  int applyCalls;

  public static InMemoryWorld fromJson(String json) {
    InMemoryWorld world = new InMemoryWorld();
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      root.path("resources")
          .properties()
          .forEach(e -> world.put(address(e.getKey()), attributes(e.getValue())));
      root.path("incompatible")
          .properties()
          .forEach(e -> world.incompatible.put(address(e.getKey()), e.getValue().asText()));
      root.path("failing")
          .properties()
          .forEach(e -> world.failing.put(address(e.getKey()), e.getValue().asText()));
      root.path("madeByHand").forEach(subject -> world.madeByHand(subject.asText()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return world;
  }

  public void put(ResourceAddress address, Map<String, String> attributes) {
    resources.put(address, new Resource(address, Optional.empty(), attributes));
    if (address.kind() == ResourceKind.SCHEMA) {
      recordedSubjects.add(address.name());
    }
  }

  /** A subject someone registered by hand: not in meshcode's ownership record. */
  public void madeByHand(String subject) {
    recordedSubjects.remove(subject);
  }

  public Optional<Resource> get(ResourceAddress address) {
    return Optional.ofNullable(resources.get(address));
  }

  public Map<ResourceAddress, Resource> resources() {
    return Map.copyOf(resources);
  }

  public void failOn(ResourceAddress address, String message) {
    failing.put(address, message);
  }

  public void heal() {
    failing.clear();
  }

  public int applyCalls() {
    return applyCalls;
  }

  /** The world as {@code live.json}, to write a scenario's live state from a real plan. */
  public String toJson() {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ObjectNode all = root.putObject("resources");
    resources.forEach(
        (address, resource) -> {
          ObjectNode attributes = all.putObject(address.toString());
          resource.attributes().forEach(attributes::put);
        });
    return root.toPrettyString();
  }

  private static ResourceAddress address(String text) {
    return ResourceAddress.parse(text).orElseThrow();
  }

  private static Map<String, String> attributes(JsonNode node) {
    Map<String, String> attributes = new TreeMap<>();
    node.properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
    return attributes;
  }
}
