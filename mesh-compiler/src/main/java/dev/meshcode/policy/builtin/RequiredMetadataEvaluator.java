package dev.meshcode.policy.builtin;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.rule.Compilation;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * {@code requiredMetadata}: fields that must be present and non-empty, and tags that must be set.
 */
public final class RequiredMetadataEvaluator implements RuleEvaluator {

  /** A checkable field: whether a product has it, where it is written, how to write it. */
  private record Field(String name, String path, String key, Predicate<DataProduct> present) {}

  private static final Map<String, Field> FIELDS =
      Map.of(
          "description",
          new Field("description", "description", "description", p -> !p.description().isBlank()),
          "tags",
          new Field("tags", "tags", "tags", p -> !p.tags().isEmpty()),
          "keySchema",
          new Field("key schema", "schemas/key", "schemas.key", p -> p.keySchema().isPresent()),
          "valueSchema",
          new Field(
              "value schema", "schemas/value", "schemas.value", p -> p.valueSchema().isPresent()),
          "producers",
          new Field(
              "producers",
              "access/producers",
              "access.producers",
              p -> !p.access().producers().isEmpty()),
          "consumers",
          new Field(
              "consumers",
              "access/consumers",
              "access.consumers",
              p -> !p.access().consumers().isEmpty()));

  private final List<Field> fields;
  private final List<String> tags;

  private RequiredMetadataEvaluator(List<Field> fields, List<String> tags) {
    this.fields = fields;
    this.tags = tags;
  }

  public static Compilation compile(Rule rule, RuleCheck.RequiredMetadata check) {
    List<Field> fields = new ArrayList<>();
    for (String name : check.fields()) {
      Optional<Field> field = Optional.ofNullable(FIELDS.get(name));
      if (field.isEmpty()) {
        return Compilation.invalid(
            rule,
            "Rule " + rule.code() + " requires the unknown field \"" + name + "\".",
            "Use one of " + new TreeSet<>(FIELDS.keySet()) + ".");
      }
      fields.add(field.get());
    }
    return Compilation.ready(
        new RequiredMetadataEvaluator(fields, List.copyOf(new TreeSet<>(check.tags()))));
  }

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    for (Field field : fields) {
      if (!field.present().test(product)) {
        found.add(
            new Violation(
                product.id() + " has no " + field.name() + ", which is required.",
                "Add " + field.key() + " to the product descriptor.",
                Fields.at(product, field.path())));
      }
    }
    for (String tag : tags) {
      if (!product.tags().contains(tag)) {
        found.add(
            new Violation(
                product.id() + " lacks the required tag \"" + tag + "\".",
                "Add \"" + tag + "\" to tags.",
                Fields.at(product, "tags")));
      }
    }
    return found;
  }
}
