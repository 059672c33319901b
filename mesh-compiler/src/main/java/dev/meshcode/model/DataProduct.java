package dev.meshcode.model;

import java.util.List;
import java.util.Optional;

/**
 * A data product: a topic and its schemas, published by one domain, with the catalog metadata
 * governance reasons about. A product with {@code inputs} is derived; its {@code query}, when
 * present, is the streaming SQL that computes it.
 *
 * @param owner a team handle such as {@code @execution-team}; one of its domain's owners
 * @param tags sorted, without duplicates
 */
public record DataProduct(
    ProductId id,
    String owner,
    String description,
    Quality quality,
    SlaTier sla,
    List<String> tags,
    Lifecycle lifecycle,
    Topic topic,
    Optional<SchemaSpec> keySchema,
    Optional<SchemaSpec> valueSchema,
    Access access,
    List<InputRef> inputs,
    Optional<Query> query,
    List<Waiver> waivers,
    Origin origin) {

  public DataProduct {
    tags = List.copyOf(tags);
    inputs = List.copyOf(inputs);
    waivers = List.copyOf(waivers);
  }

  public boolean derived() {
    return !inputs.isEmpty();
  }

  public List<SchemaSpec> schemas() {
    return java.util.stream.Stream.of(keySchema, valueSchema).flatMap(Optional::stream).toList();
  }
}
