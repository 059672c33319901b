package dev.meshcode.policy.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.ProductId;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * A template whose text around the placeholders is literal is compared as text; every other one
 * goes through a regex per product. Both must answer exactly what the regex with the quoted names
 * answers, which these tests hold them to on hand-picked and random templates.
 */
class NameTemplateTest {

  private static final ProductId ORDERS = new ProductId("sales", "orders");

  @Test
  void of_literalAroundPlaceholders_isComparedAsText() {
    assertThat(NameTemplate.of("{domain}\\.{product}").pieces())
        .contains(List.of("", "{domain}", ".", "{product}"));
    assertThat(NameTemplate.of("mesh-{domain}_{product}.v1").pieces()).isEmpty();
    assertThat(NameTemplate.of("{domain}\\.{product}-(key|value)").pieces()).isEmpty();
    assertThat(NameTemplate.of("{domain}\\d{product}").pieces()).isEmpty();
  }

  @Test
  void matches_literalTemplate_onlyTheExactName() {
    NameTemplate template = NameTemplate.of("{domain}\\.{product}");

    assertThat(template.matches(ORDERS, "sales.orders")).isTrue();
    assertThat(template.matches(ORDERS, "salesXorders")).isFalse();
    assertThat(template.matches(ORDERS, "sales.orders.v2")).isFalse();
    assertThat(template.matches(ORDERS, "Sales.orders")).isFalse();
  }

  @Test
  void matches_randomTemplates_agreesWithTheQuotedRegex() {
    // GIVEN templates made of literal text, escapes, regex syntax and placeholders
    String[] parts = {
      "{domain}",
      "{product}",
      "\\.",
      "-",
      "_",
      "a",
      "v1",
      ".",
      "\\-",
      "(x|y)",
      "[a-z]",
      "+",
      "?",
      "\\d",
      "\\_",
      "\\{",
      "\\}",
      "\\\\",
      "\\Q.\\E",
      "#",
      "é",
      "{2}",
      "*"
    };
    String[] names = {"sales", "orders", "a.b", "x-y", "v1", "é", "1", ".", "a+b"};
    Random random = new Random(20261125);
    int checked = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder source = new StringBuilder();
      for (int p = random.nextInt(5) + 1; p > 0; p--) {
        source.append(parts[random.nextInt(parts.length)]);
      }
      ProductId id =
          new ProductId(names[random.nextInt(names.length)], names[random.nextInt(names.length)]);
      NameTemplate template;
      Pattern regex;
      try {
        template = NameTemplate.of(source.toString());
        regex = Pattern.compile(quoted(source.toString(), id));
      } catch (PatternSyntaxException e) {
        continue;
      }
      for (String name : candidates(source.toString(), id, random)) {
        // THEN the answer is the regex's
        assertThat(template.matches(id, name))
            .as("template %s, product %s, name %s", source, id, name)
            .isEqualTo(regex.matcher(name).matches());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20_000);
  }

  /** The name the template spells with the product's names, and variations of it. */
  private static List<String> candidates(String source, ProductId id, Random random) {
    String spelled =
        source.replace("{domain}", id.domain()).replace("{product}", id.name()).replace("\\", "");
    String changed =
        spelled.isEmpty()
            ? "x"
            : spelled.substring(0, spelled.length() - 1) + (char) ('a' + random.nextInt(26));
    return List.of(spelled, changed, spelled + "x", "", id.domain() + "." + id.name());
  }

  private static String quoted(String template, ProductId id) {
    return template
        .replace("{domain}", Pattern.quote(id.domain()))
        .replace("{product}", Pattern.quote(id.name()));
  }
}
