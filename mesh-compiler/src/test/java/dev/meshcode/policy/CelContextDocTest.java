package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.Selector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every example of docs/policies-cel-context.md compiles and evaluates to a bool. */
class CelContextDocTest {

  private static final Path DOC = Path.of("..", "docs", "policies-cel-context.md");

  private static List<String> examples() throws IOException {
    String text = Files.readString(DOC, StandardCharsets.UTF_8);
    String section = text.substring(text.indexOf("## Examples"));
    String block = section.substring(section.indexOf("```yaml") + 7, section.indexOf("```\n", 20));
    return Arrays.stream(block.split("\n\\s*\n"))
        .map(chunk -> (Map<?, ?>) new Yaml().load(chunk))
        .map(doc -> (String) doc.get("cel"))
        .toList();
  }

  @Test
  void examples_eachCompilesAndYieldsABool() throws IOException {
    // GIVEN
    List<String> expressions = examples();
    Rule[] rules = new Rule[expressions.size()];
    for (int i = 0; i < rules.length; i++) {
      rules[i] =
          new Rule(
              "doc/example-" + (i + 1),
              "",
              Severity.ERROR,
              Selector.all(),
              new RuleCheck.Cel(expressions.get(i), 1, 1),
              Optional.of("example " + (i + 1)),
              RULE_AT);
    }

    // WHEN
    List<Diagnostic> found = PolicyFixtures.evaluate(CelContextTest.mesh(), rules).all();

    // THEN
    assertThat(expressions).hasSizeGreaterThanOrEqualTo(8);
    assertThat(expressions.get(0)).isEqualTo(CelExamplesTest.CURATED_LINEAGE);
    assertThat(expressions.get(1).replaceAll("\\s+", " "))
        .isEqualTo(CelExamplesTest.PII_NEEDS_GRANT);
    assertThat(found).extracting(Diagnostic::code).allMatch(c -> c.startsWith("doc/example-"));
  }
}
