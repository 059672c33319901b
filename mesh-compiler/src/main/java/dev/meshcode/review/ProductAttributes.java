package dev.meshcode.review;

import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Grant;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Producer;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.Waiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A product flattened to named text values, so two revisions compare attribute by attribute. File
 * contents (schemas, SQL) become a short SHA-256 fingerprint: the comment says that they changed,
 * the compatibility verdict says how. File paths are left out: where a file lives is not what the
 * product declares, so moving or renaming files alone changes nothing.
 */
final class ProductAttributes {

  private ProductAttributes() {}

  /**
   * The attributes that differ, sorted by name; for an added product every attribute it sets, for a
   * removed one every attribute it had.
   */
  static List<ChangedAttribute> diff(Optional<DataProduct> base, Optional<DataProduct> head) {
    Map<String, String> before = base.map(ProductAttributes::of).orElse(Map.of());
    Map<String, String> after = head.map(ProductAttributes::of).orElse(Map.of());
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<ChangedAttribute> changes = new ArrayList<>();
    for (String name : names) {
      String b = before.getOrDefault(name, "");
      String a = after.getOrDefault(name, "");
      if (!a.equals(b)) {
        changes.add(new ChangedAttribute(name, b, a));
      }
    }
    return changes;
  }

  static Map<String, String> of(DataProduct p) {
    Map<String, String> values = new TreeMap<>();
    put(values, "owner", p.owner());
    put(values, "description", p.description());
    put(values, "quality", p.quality().label());
    put(values, "sla", p.sla().label());
    put(values, "tags", String.join(", ", p.tags()));
    lifecycle(values, p.lifecycle());
    put(values, "topic.name", p.topic().name());
    put(values, "topic.partitions", Integer.toString(p.topic().partitions()));
    put(values, "topic.replicationFactor", Integer.toString(p.topic().replicationFactor()));
    p.topic().configs().forEach((k, v) -> put(values, "topic.configs." + k, v));
    p.schemas().forEach(s -> schema(values, s));
    put(
        values,
        "access.producers",
        joined(p.access().producers().stream().map(Producer::principal)));
    put(
        values,
        "access.consumers",
        joined(p.access().consumers().stream().map(ProductAttributes::consumer)));
    put(values, "access.grants", joined(p.access().grants().stream().map(Grant::domain)));
    put(values, "inputs", joined(p.inputs().stream().map(InputRef::product).map(Object::toString)));
    p.query()
        .ifPresent(
            q -> {
              put(values, "query.engine", q.engine().name().toLowerCase(Locale.ROOT));
              put(values, "query.sql", fingerprint(q.sql()));
            });
    put(values, "waivers", joined(p.waivers().stream().map(Waiver::rule)));
    return values;
  }

  private static void lifecycle(Map<String, String> values, Lifecycle lifecycle) {
    put(values, "lifecycle.stage", lifecycle.stage().label());
    put(values, "lifecycle.since", text(lifecycle.since()));
    put(values, "lifecycle.sunset", text(lifecycle.sunset()));
    put(values, "lifecycle.replacedBy", text(lifecycle.replacedBy()));
  }

  private static void schema(Map<String, String> values, SchemaSpec s) {
    String prefix = "schemas." + s.role().label() + ".";
    put(values, prefix + "format", s.format().label());
    put(values, prefix + "subject", s.subject());
    put(values, prefix + "compatibility", s.compatibility().name());
    put(values, prefix + "text", fingerprint(s.source().text()));
    for (SchemaReference r : s.references()) {
      put(
          values,
          prefix + "references." + r.name(),
          r.subject() + " " + fingerprint(r.source().text()));
    }
  }

  private static String consumer(Consumer c) {
    return c.principal() + c.group().map(g -> " (group " + g + ")").orElse("");
  }

  private static String joined(Stream<String> items) {
    return String.join(", ", items.sorted().distinct().toList());
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static void put(Map<String, String> values, String name, String value) {
    if (!value.isEmpty()) {
      values.put(name, value);
    }
  }

  /** {@code sha256:} and the first 12 hex digits of the text's UTF-8 digest. */
  static String fingerprint(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("sha256:");
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
