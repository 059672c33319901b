package dev.meshcode.testing;

import dev.meshcode.model.Access;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Origin;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Query;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.SlaTier;
import dev.meshcode.model.Topic;
import dev.meshcode.model.Waiver;
import java.util.List;
import java.util.Optional;

/**
 * Edits a {@link DataProduct} field by field, for tests; start from {@link MeshFixtures#product}.
 */
public final class ProductBuilder {
  private ProductId id;
  private String owner;
  private String description;
  private Quality quality;
  private SlaTier sla;
  private List<String> tags;
  private Lifecycle lifecycle;
  private Topic topic;
  private Optional<SchemaSpec> keySchema;
  private Optional<SchemaSpec> valueSchema;
  private Access access;
  private List<InputRef> inputs;
  private Optional<Query> query;
  private List<Waiver> waivers;
  private Origin origin;

  private ProductBuilder(DataProduct p) {
    id = p.id();
    owner = p.owner();
    description = p.description();
    quality = p.quality();
    sla = p.sla();
    tags = p.tags();
    lifecycle = p.lifecycle();
    topic = p.topic();
    keySchema = p.keySchema();
    valueSchema = p.valueSchema();
    access = p.access();
    inputs = p.inputs();
    query = p.query();
    waivers = p.waivers();
    origin = p.origin();
  }

  public static ProductBuilder from(DataProduct p) {
    return new ProductBuilder(p);
  }

  public static ProductBuilder product(String domain, String name) {
    return new ProductBuilder(MeshFixtures.product(domain, name));
  }

  public ProductBuilder owner(String v) {
    owner = v;
    return this;
  }

  public ProductBuilder description(String v) {
    description = v;
    return this;
  }

  public ProductBuilder quality(Quality v) {
    quality = v;
    return this;
  }

  public ProductBuilder sla(SlaTier v) {
    sla = v;
    return this;
  }

  public ProductBuilder tags(String... v) {
    tags = List.of(v);
    return this;
  }

  public ProductBuilder lifecycle(Lifecycle v) {
    lifecycle = v;
    return this;
  }

  public ProductBuilder topic(Topic v) {
    topic = v;
    return this;
  }

  public ProductBuilder keySchema(Optional<SchemaSpec> v) {
    keySchema = v;
    return this;
  }

  public ProductBuilder valueSchema(Optional<SchemaSpec> v) {
    valueSchema = v;
    return this;
  }

  public ProductBuilder access(Access v) {
    access = v;
    return this;
  }

  /** Inputs given as {@code domain.product}, located at the product's {@code inputs} field. */
  public ProductBuilder inputs(String... qualified) {
    inputs =
        List.of(qualified).stream()
            .map(q -> new InputRef(ProductId.parse(q), origin.locate("inputs")))
            .toList();
    return this;
  }

  public ProductBuilder query(Optional<Query> v) {
    query = v;
    return this;
  }

  public ProductBuilder waivers(Waiver... v) {
    waivers = List.of(v);
    return this;
  }

  public ProductBuilder origin(Origin v) {
    origin = v;
    return this;
  }

  public DataProduct build() {
    return new DataProduct(
        id,
        owner,
        description,
        quality,
        sla,
        tags,
        lifecycle,
        topic,
        keySchema,
        valueSchema,
        access,
        inputs,
        query,
        waivers,
        origin);
  }
}
