package dev.meshcode.policy.builtin;

import dev.meshcode.model.ProductId;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A naming rule's regular expression, in which {@code {domain}} and {@code {product}} stand for the
 * product's names, quoted so that a name's characters never act as regex syntax. A template without
 * placeholders is compiled once; others once per product, which keeps evaluation linear.
 */
record NameTemplate(String source, Optional<Pattern> fixed) {

  private static final String DOMAIN = "{domain}";
  private static final String PRODUCT = "{product}";

  /** Parses the template, or throws the regex error a sample substitution gives. */
  static NameTemplate of(String source) throws PatternSyntaxException {
    Pattern sample = Pattern.compile(substitute(source, new ProductId("domain", "product")));
    boolean fixed = !source.contains(DOMAIN) && !source.contains(PRODUCT);
    return new NameTemplate(source, fixed ? Optional.of(sample) : Optional.empty());
  }

  boolean matches(ProductId id, String name) {
    Pattern pattern = fixed.orElseGet(() -> Pattern.compile(substitute(source, id)));
    return pattern.matcher(name).matches();
  }

  private static String substitute(String template, ProductId id) {
    return template
        .replace(DOMAIN, Pattern.quote(id.domain()))
        .replace(PRODUCT, Pattern.quote(id.name()));
  }
}
