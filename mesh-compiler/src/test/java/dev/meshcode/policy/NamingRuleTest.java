package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.field;
import static dev.meshcode.policy.PolicyFixtures.located;
import static dev.meshcode.policy.PolicyFixtures.only;
import static dev.meshcode.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingRuleTest {

  private static Rule naming(String topic, String subject) {
    return rule(
        "naming/topics",
        new RuleCheck.Naming(Optional.ofNullable(topic), Optional.ofNullable(subject)));
  }

  @Test
  void evaluate_namesFollowTemplates_noDiagnostics() {
    // GIVEN topic execution.stocktrades, subject execution.stocktrades-value
    Rule rule = naming("{domain}\\.{product}", "{domain}\\.{product}-(key|value)");

    // WHEN / THEN
    assertThat(evaluate(located("execution", "stocktrades"), rule).all()).isEmpty();
  }

  @Test
  void evaluate_topicOffTemplate_violationAtTopicName() {
    // GIVEN
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .topic(new Topic("trades", 6, 3, Map.of("min.insync.replicas", "2")))
            .build();

    // WHEN
    Diagnostic d = only(evaluate(product, naming("{domain}\\.{product}", null)));

    // THEN
    assertThat(d.code()).isEqualTo("naming/topics");
    assertThat(d.summary())
        .isEqualTo(
            "Topic \"trades\" of execution.stocktrades does not match the naming pattern"
                + " \"{domain}\\.{product}\".");
    assertThat(d.hint())
        .isEqualTo(
            "Rename the topic (topic.name) to match \"{domain}\\.{product}\", where {domain} is"
                + " execution and {product} is stocktrades.");
    assertThat(d.location()).contains(field(product, 13));
  }

  @Test
  void evaluate_templateMatchesWholeNameOnly_prefixIsNotEnough() {
    // GIVEN a topic that merely starts with the expected name
    DataProduct product =
        ProductBuilder.from(located("execution", "stocktrades"))
            .topic(new Topic("execution.stocktrades.v2", 6, 3, Map.of()))
            .build();

    // WHEN / THEN
    assertThat(evaluate(product, naming("{domain}\\.{product}", null)).all())
        .extracting(Diagnostic::code)
        .containsExactly("naming/topics");
  }

  @Test
  void evaluate_placeholdersSubstituted_literalNamesMatch() {
    // GIVEN a template made only of placeholders
    DataProduct product =
        ProductBuilder.from(MeshFixtures.product("a", "b-c"))
            .topic(new Topic("ab-c", 1, 3, Map.of()))
            .build();

    // WHEN / THEN
    assertThat(evaluate(product, naming("{domain}{product}", null)).all()).isEmpty();
  }

  @Test
  void evaluate_subjectOffTemplate_violationAtSchema() {
    // GIVEN the subject is not written: the violation points at the value schema
    DataProduct product = located("execution", "stocktrades");

    // WHEN
    Diagnostic d = only(evaluate(product, naming(null, "{domain}-{product}-value")));

    // THEN
    assertThat(d.summary())
        .isEqualTo(
            "Subject \"execution.stocktrades-value\" of the value schema of execution.stocktrades"
                + " does not match the naming pattern \"{domain}-{product}-value\".");
    assertThat(d.hint())
        .isEqualTo(
            "Set schemas.value.subject to a name that matches \"{domain}-{product}-value\".");
    assertThat(d.location()).contains(product.valueSchema().orElseThrow().location());
  }

  @Test
  void compile_invalidRegex_policyInvalidAtRuleAndRuleSkipped() {
    // GIVEN
    Rule rule = naming("{domain}\\.(", null);

    // WHEN
    List<Diagnostic> found = evaluate(located("execution", "stocktrades"), rule).all();

    // THEN
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.code()).isEqualTo("policy-invalid");
    assertThat(d.summary())
        .startsWith(
            "Rule naming/topics has an invalid topic pattern \"{domain}\\.(\": Unclosed group");
    assertThat(d.location()).contains(RULE_AT);
  }
}
