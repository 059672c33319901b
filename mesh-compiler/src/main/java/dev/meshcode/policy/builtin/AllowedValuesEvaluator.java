package dev.meshcode.policy.builtin;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.policy.rule.Compilation;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code allowedValues}: a field may only take listed values. Enumerated fields ({@code
 * compatibility}, {@code format}, {@code engine}) compare ignoring case; tags, owner and configs
 * exactly. An absent field (no query, an unset config) has no value to judge and passes.
 */
public final class AllowedValuesEvaluator implements RuleEvaluator {

  private static final Set<String> FIELDS =
      Set.of("tags", "owner", "compatibility", "format", "engine");
  private static final String CONFIG = "config:";

  /** One value of the product that the rule judges, and how to talk about it. */
  private record Observed(String value, String what, String key, SourceLocation location) {}

  private final String field;
  private final Set<String> allowed;
  private final String choices;
  private final boolean ignoreCase;

  private AllowedValuesEvaluator(String field, Set<String> allowed, boolean ignoreCase) {
    this.field = field;
    this.ignoreCase = ignoreCase;
    this.allowed = allowed.stream().map(this::normal).collect(Collectors.toSet());
    this.choices = String.join(", ", new TreeSet<>(allowed));
  }

  public static Compilation compile(Rule rule, RuleCheck.AllowedValues check) {
    String field = check.field();
    boolean config = field.startsWith(CONFIG) && field.length() > CONFIG.length();
    if (!config && !FIELDS.contains(field)) {
      return Compilation.invalid(
          rule,
          "Rule " + rule.code() + " restricts the unknown field \"" + field + "\".",
          "Use one of " + new TreeSet<>(FIELDS) + ", or config:<kafka topic config key>.");
    }
    boolean ignoreCase = Set.of("compatibility", "format", "engine").contains(field);
    return Compilation.ready(new AllowedValuesEvaluator(field, check.values(), ignoreCase));
  }

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    for (Observed seen : observe(product)) {
      if (!allowed.contains(normal(seen.value()))) {
        found.add(violation(product, seen));
      }
    }
    return found;
  }

  private List<Observed> observe(DataProduct product) {
    List<Observed> seen = new ArrayList<>();
    if (field.equals("tags")) {
      product.tags().forEach(t -> seen.add(new Observed(t, "tag", "tags", at(product, "tags"))));
    } else if (field.equals("owner")) {
      seen.add(new Observed(product.owner(), "owner", "owner", at(product, "owner")));
    } else if (field.equals("compatibility") || field.equals("format")) {
      product.schemas().forEach(s -> seen.add(schemaValue(product, s)));
    } else if (field.equals("engine")) {
      product
          .query()
          .ifPresent(
              q ->
                  seen.add(
                      new Observed(
                          q.engine().label(),
                          "query engine",
                          "query.engine",
                          Fields.exactly(product, "query/engine", q.location()))));
    } else {
      String key = field.substring(CONFIG.length());
      product
          .topic()
          .config(key)
          .ifPresent(
              v ->
                  seen.add(
                      new Observed(
                          v, key, "topic.configs." + key, at(product, "topic/configs/" + key))));
    }
    return seen;
  }

  private Observed schemaValue(DataProduct product, SchemaSpec schema) {
    String role = schema.role().label();
    String value = field.equals("format") ? schema.format().label() : schema.compatibility().name();
    return new Observed(
        value,
        role + " schema " + field,
        "schemas." + role + "." + field,
        Fields.schemaField(product, schema, field));
  }

  private Violation violation(DataProduct product, Observed seen) {
    return new Violation(
        product.id()
            + " has "
            + seen.what()
            + " \""
            + seen.value()
            + "\", which is not one of the allowed values ["
            + choices
            + "].",
        "Change " + seen.key() + " to one of [" + choices + "].",
        seen.location());
  }

  private String normal(String value) {
    return ignoreCase ? value.toUpperCase(Locale.ROOT) : value;
  }

  private static SourceLocation at(DataProduct product, String path) {
    return Fields.at(product, path);
  }
}
