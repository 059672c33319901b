package dev.meshcode.policy.cel;

import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Grant;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Producer;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.Topic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A product as the CEL context's {@code product} map. Field names and types are a documented
 * contract ({@code docs/policies-cel-context.md}): integers are CEL {@code int} (Java long), enums
 * their descriptor spelling, dates {@code YYYY-MM-DD} strings, and absent optional values are
 * absent keys, so expressions test them with {@code has(...)}.
 */
final class ProductMaps {

  private ProductMaps() {}

  static Map<String, Object> of(DataProduct p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id().toString());
    m.put("name", p.id().name());
    m.put("domain", p.id().domain());
    m.put("owner", p.owner());
    m.put("description", p.description());
    m.put("quality", p.quality().label());
    m.put("sla", p.sla().label());
    m.put("tags", p.tags());
    m.put("stage", p.lifecycle().stage().label());
    m.put("derived", p.derived());
    m.put("topic", topic(p.topic()));
    m.put("schemas", schemas(p));
    m.put("lifecycle", lifecycle(p.lifecycle()));
    m.put("producers", p.access().producers().stream().map(ProductMaps::producer).toList());
    m.put("consumers", p.access().consumers().stream().map(ProductMaps::consumer).toList());
    m.put("grants", p.access().grants().stream().map(ProductMaps::grant).toList());
    m.put("inputs", p.inputs().stream().map(InputRef::product).map(Object::toString).toList());
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> topic(Topic t) {
    return Map.of(
        "name",
        t.name(),
        "partitions",
        (long) t.partitions(),
        "replicationFactor",
        (long) t.replicationFactor(),
        "configs",
        t.configs());
  }

  private static Map<String, Object> schemas(DataProduct p) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (SchemaSpec s : p.schemas()) {
      m.put(
          s.role().label(),
          Map.of(
              "format", s.format().label(),
              "subject", s.subject(),
              "compatibility", s.compatibility().name()));
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> lifecycle(Lifecycle l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", l.stage().label());
    l.since().ifPresent(d -> m.put("since", d.toString()));
    l.sunset().ifPresent(d -> m.put("sunset", d.toString()));
    l.replacedBy().ifPresent(id -> m.put("replacedBy", id.toString()));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> producer(Producer p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("principal", p.principal());
    p.transactionalId().ifPresent(t -> m.put("transactionalId", t));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> consumer(Consumer c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("principal", c.principal());
    c.group().ifPresent(g -> m.put("group", g));
    c.domain().ifPresent(d -> m.put("domain", d));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> grant(Grant g) {
    return Map.of("domain", g.domain(), "reason", g.reason());
  }
}
