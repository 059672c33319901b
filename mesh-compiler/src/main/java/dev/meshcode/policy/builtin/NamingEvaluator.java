package dev.meshcode.policy.builtin;

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
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** {@code naming}: topic names and subjects must fully match the rule's templates. */
public final class NamingEvaluator implements RuleEvaluator {

  private final Optional<NameTemplate> topic;
  private final Optional<NameTemplate> subject;

  private NamingEvaluator(Optional<NameTemplate> topic, Optional<NameTemplate> subject) {
    this.topic = topic;
    this.subject = subject;
  }

  /** Compiles both templates; a bad regular expression makes the rule {@code policy-invalid}. */
  public static Compilation compile(Rule rule, RuleCheck.Naming check) {
    Optional<Compilation> bad =
        invalid(rule, "topic", check.topic()).or(() -> invalid(rule, "subject", check.subject()));
    if (bad.isPresent()) {
      return bad.get();
    }
    return Compilation.ready(
        new NamingEvaluator(
            check.topic().map(NameTemplate::of), check.subject().map(NameTemplate::of)));
  }

  private static Optional<Compilation> invalid(Rule rule, String what, Optional<String> source) {
    if (source.isEmpty()) {
      return Optional.empty();
    }
    try {
      NameTemplate.of(source.get());
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of(
          Compilation.invalid(
              rule,
              "Rule "
                  + rule.code()
                  + " has an invalid "
                  + what
                  + " pattern \""
                  + source.get()
                  + "\": "
                  + e.getDescription()
                  + ".",
              "Fix the regular expression (Java syntax, matched against the whole name;"
                  + " {domain} and {product} are placeholders)."));
    }
  }

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    topic
        .filter(t -> !t.matches(product.id(), product.topic().name()))
        .ifPresent(t -> found.add(topicViolation(product, t)));
    subject.ifPresent(
        template -> {
          for (SchemaSpec schema : product.schemas()) {
            if (!template.matches(product.id(), schema.subject())) {
              found.add(subjectViolation(product, schema, template));
            }
          }
        });
    return found;
  }

  private static Violation topicViolation(DataProduct product, NameTemplate template) {
    return new Violation(
        "Topic \""
            + product.topic().name()
            + "\" of "
            + product.id()
            + " does not match the naming pattern \""
            + template.source()
            + "\".",
        "Rename the topic (topic.name) to match \""
            + template.source()
            + "\", where {domain} is "
            + product.id().domain()
            + " and {product} is "
            + product.id().name()
            + ".",
        Fields.at(product, "topic/name"));
  }

  private static Violation subjectViolation(
      DataProduct product, SchemaSpec schema, NameTemplate template) {
    String role = schema.role().label();
    return new Violation(
        "Subject \""
            + schema.subject()
            + "\" of the "
            + role
            + " schema of "
            + product.id()
            + " does not match the naming pattern \""
            + template.source()
            + "\".",
        "Set schemas." + role + ".subject to a name that matches \"" + template.source() + "\".",
        Fields.schemaField(product, schema, "subject"));
  }
}
