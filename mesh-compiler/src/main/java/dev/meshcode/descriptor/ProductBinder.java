package dev.meshcode.descriptor;

import dev.meshcode.model.Access;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Grant;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.Origin;
import dev.meshcode.model.Producer;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Query;
import dev.meshcode.model.QueryEngine;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.SlaTier;
import dev.meshcode.model.Stage;
import dev.meshcode.model.Topic;
import dev.meshcode.model.Waiver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Binds a {@code DataProduct} document, applying the mesh's defaults and naming convention. */
final class ProductBinder {

  private final MeshSettings settings;
  private final ReferencedFiles files;
  private final SchemaBinder schemas;

  ProductBinder(MeshSettings settings, ReferencedFiles files) {
    this.settings = settings;
    this.files = files;
    this.schemas = new SchemaBinder(settings, files);
  }

  DataProduct bind(Fields p, Origin origin) {
    ProductId id = new ProductId(p.text("domain"), p.text("name"));
    Topic topic = topic(p.child("topic"), id);
    Fields declared = p.child("schemas");
    return new DataProduct(
        id,
        p.text("owner"),
        p.textOr("description", ""),
        Quality.valueOf(constant(p.text("quality"))),
        SlaTier.valueOf(constant(p.text("sla"))),
        p.texts("tags").stream().distinct().sorted().toList(),
        lifecycle(p.child("lifecycle")),
        topic,
        schema(declared, "key", SchemaRole.KEY, topic.name()),
        schema(declared, "value", SchemaRole.VALUE, topic.name()),
        access(p.child("access")),
        p.items("inputs").stream().map(ProductBinder::input).toList(),
        p.optChild("query").flatMap(this::query),
        p.items("waivers").stream().map(ProductBinder::waiver).toList(),
        origin);
  }

  private Topic topic(Fields topic, ProductId id) {
    MeshSettings.TopicDefaults defaults = settings.topicDefaults();
    Map<String, String> configs = new TreeMap<>(defaults.configs());
    configs.putAll(topic.scalarMap("configs"));
    String name =
        topic.textOr(
            "name",
            settings
                .topicNaming()
                .replace("{domain}", id.domain())
                .replace("{product}", id.name()));
    return new Topic(
        name,
        topic.intOr("partitions", defaults.partitions()),
        topic.intOr("replicationFactor", defaults.replicationFactor()),
        configs);
  }

  private Optional<SchemaSpec> schema(Fields schemas, String key, SchemaRole role, String topic) {
    return schemas.optChild(key).flatMap(s -> this.schemas.bind(s, role, topic));
  }

  private static Lifecycle lifecycle(Fields lifecycle) {
    return new Lifecycle(
        Stage.valueOf(constant(lifecycle.textOr("stage", "draft"))),
        lifecycle.date("since"),
        lifecycle.date("sunset"),
        lifecycle.optText("replacedBy").map(ProductId::parse));
  }

  private static Access access(Fields access) {
    List<Producer> producers =
        access.items("producers").stream()
            .map(f -> new Producer(f.text("principal"), f.optText("transactionalId"), f.at()))
            .toList();
    List<Consumer> consumers =
        access.items("consumers").stream()
            .map(
                f ->
                    new Consumer(
                        f.text("principal"), f.optText("group"), f.optText("domain"), f.at()))
            .toList();
    List<Grant> grants =
        access.items("grants").stream()
            .map(f -> new Grant(f.text("domain"), f.text("reason"), f.at()))
            .toList();
    return new Access(producers, consumers, grants);
  }

  private static InputRef input(Fields item) {
    return new InputRef(ProductId.parse(item.value()), item.at());
  }

  private Optional<Query> query(Fields query) {
    return files
        .read(query, "file", "sql-file-missing", "SQL file")
        .map(
            sql ->
                new Query(
                    QueryEngine.valueOf(constant(query.text("engine"))),
                    sql.file(),
                    sql.text(),
                    query.at()));
  }

  private static Waiver waiver(Fields waiver) {
    return new Waiver(
        waiver.text("rule"), waiver.text("reason"), waiver.date("expires"), waiver.at());
  }

  /** {@code tier-1} → {@code TIER_1}: descriptor spelling to enum constant. */
  static String constant(String written) {
    return written.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
