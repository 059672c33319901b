package dev.meshcode.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

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

  /**
   * The files this product is made of, relative to the mesh root, sorted: its descriptor, its
   * schema files and the files of their references, its query. Who owns, reviews or changes a
   * product goes by these.
   */
  public SortedSet<String> files() {
    SortedSet<String> files = new TreeSet<>();
    files.add(origin.file());
    for (SchemaSpec schema : schemas()) {
      files.add(schema.source().file());
      schema.references().forEach(r -> files.add(r.source().file()));
    }
    query.ifPresent(q -> files.add(q.file()));
    return files;
  }

  /** The key schema, then the value schema, as declared. */
  public List<SchemaSpec> schemas() {
    // called by many rules for every product: no stream, no copy when there is one schema
    if (keySchema.isEmpty()) {
      return valueSchema.map(List::of).orElse(List.of());
    }
    return valueSchema.map(v -> List.of(keySchema.get(), v)).orElse(List.of(keySchema.get()));
  }
}
