package dev.meshcode.check;

import static dev.meshcode.check.CheckTesting.check;
import static dev.meshcode.check.CheckTesting.originIn;
import static dev.meshcode.check.CheckTesting.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Endpoint;
import dev.meshcode.model.Environment;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Origin;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.Selector;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.MeshFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateNamesTest {

  @Test
  void check_validMesh_reportsNothing() {
    // GIVEN two distinct products, WHEN checked, THEN nothing is wrong
    assertThat(check(product("a", "x").build(), product("b", "y").build())).isEmpty();
  }

  @Test
  void check_sameProductTwice_reportsTheLaterAtItsName() {
    // GIVEN the same product id in two files
    var first = product("a", "x").build();
    var copy = product("a", "x").origin(originIn("domains/a/z/product.yaml")).build();

    // WHEN
    List<Diagnostic> found = check(copy, first);

    // THEN one diagnostic, at the later file's name, mentioning the first; no topic clash on top
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.code()).isEqualTo("duplicate-product");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.location()).contains(new SourceLocation("domains/a/z/product.yaml", 3, 7));
    assertThat(d.summary()).isEqualTo("Product 'a.x' is declared twice.");
    assertThat(d.detail()).isEqualTo("It is first declared at domains/a/x/product.yaml:3:7.");
    assertThat(d.hint()).contains("unique within its domain");
  }

  @Test
  void check_domainPolicyRuleEnvironmentTwice_reportsEach() {
    // GIVEN duplicates of every other named kind
    Domain d1 = MeshFixtures.domain("a");
    Domain d2 = new Domain("a", "again", List.of("@a-team"), named("domains/a2/domain.yaml"));
    PolicySpec p1 =
        new PolicySpec("p", "", List.of(rule("p/r", 4), rule("p/r", 9)), named("policies/p.yaml"));
    PolicySpec p2 = new PolicySpec("p", "", List.of(), named("policies/q.yaml"));
    Environment e1 = environment("environments/dev.yaml");
    Environment e2 = environment("environments/dev2.yaml");
    Mesh mesh =
        new Mesh(
            MeshFixtures.settings(),
            List.of(d1, d2),
            List.of(product("a", "x").build()),
            List.of(p1, p2),
            List.of(e1, e2));

    // WHEN
    List<Diagnostic> found = new ReferenceChecker().check(mesh).all();

    // THEN
    assertThat(found)
        .extracting(
            Diagnostic::code, d -> d.location().orElseThrow().toString(), Diagnostic::summary)
        .containsExactly(
            tuple(
                "duplicate-domain", "domains/a2/domain.yaml:2:7", "Domain 'a' is declared twice."),
            tuple(
                "duplicate-environment",
                "environments/dev2.yaml:2:7",
                "Environment 'dev' is declared twice."),
            tuple("duplicate-rule", "policies/p.yaml:9:5", "Rule 'p/r' is declared twice."),
            tuple("duplicate-policy", "policies/q.yaml:2:7", "Policy 'p' is declared twice."));
  }

  @Test
  void check_twoProductsOnOneTopic_reportsTheSecondNamingBoth() {
    // GIVEN b.y declares a.x's topic
    var ax = product("a", "x").build();
    var by = product("b", "y").topic(new Topic("a.x", 1, 3, Map.of())).build();

    // WHEN
    List<Diagnostic> found = check(ax, by);

    // THEN
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.code()).isEqualTo("duplicate-topic");
    assertThat(d.location()).contains(new SourceLocation("domains/b/y/product.yaml", 12, 9));
    assertThat(d.summary())
        .isEqualTo("Topic 'a.x' of product b.y is already the topic of product a.x.");
    assertThat(d.detail())
        .isEqualTo(
            "The product a.x declares it at domains/a/x/product.yaml:12:9;"
                + " this one at domains/b/y/product.yaml:12:9.");
  }

  @Test
  void check_twoProductsOnOneSubject_reportsDuplicateSubject() {
    // GIVEN b.y's value schema uses a.x's subject
    var ax = product("a", "x").build();
    var spec = MeshFixtures.avroValue("b", "y", CheckTesting.file("b", "y"));
    var bySpec =
        new SchemaSpec(
            spec.role(),
            spec.format(),
            spec.source(),
            "a.x-value",
            spec.compatibility(),
            spec.references(),
            spec.location());
    var by = product("b", "y").valueSchema(Optional.of(bySpec)).build();

    // WHEN
    List<Diagnostic> found = check(ax, by);

    // THEN
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("duplicate-subject");
              assertThat(d.location())
                  .contains(new SourceLocation("domains/b/y/product.yaml", 20, 14));
              assertThat(d.summary())
                  .isEqualTo(
                      "Subject 'a.x-value' of the value schema of b.y is already used by the value schema"
                          + " of a.x.");
              assertThat(d.detail())
                  .isEqualTo("The first use is declared at domains/a/x/product.yaml:20:14.");
            });
  }

  private static Origin named(String file) {
    return new Origin(MeshFixtures.at(file, 1), Map.of("name", new SourceLocation(file, 2, 7)));
  }

  private static Rule rule(String code, int line) {
    return new Rule(
        code,
        "",
        Severity.ERROR,
        Selector.all(),
        new RuleCheck.Durability(3, 2),
        Optional.empty(),
        new SourceLocation("policies/p.yaml", line, 5));
  }

  private static Environment environment(String file) {
    var kafka =
        new Endpoint("localhost:9092", Optional.empty(), Map.of(), MeshFixtures.at(file, 3));
    return new Environment(
        "dev",
        "",
        kafka,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        EnvironmentOverrides.none(),
        named(file));
  }
}
