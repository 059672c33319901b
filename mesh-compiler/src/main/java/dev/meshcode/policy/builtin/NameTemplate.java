package dev.meshcode.policy.builtin;

import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A naming rule's regular expression, in which {@code {domain}} and {@code {product}} stand for the
 * product's names, quoted so that a name's characters never act as regex syntax. A template without
 * placeholders is compiled once. One whose text around the placeholders is literal (plain
 * characters and escaped punctuation, as in {@code {domain}\.{product}}) can only match one name
 * per product, so it is compared as text, with no regex at all; others are compiled once per
 * product, which keeps evaluation linear.
 *
 * @param pieces the template cut at its placeholders, when the text between them is literal: each
 *     piece is a placeholder or the text it stands for
 */
record NameTemplate(String source, Optional<Pattern> fixed, Optional<List<String>> pieces) {

  private static final String DOMAIN = "{domain}";
  private static final String PRODUCT = "{product}";
  private static final String REGEX_SYNTAX = "\\.[]{}()*+?^$|";

  /** Parses the template, or throws the regex error a sample substitution gives. */
  static NameTemplate of(String source) throws PatternSyntaxException {
    Pattern sample = Pattern.compile(substitute(source, new ProductId("domain", "product")));
    boolean fixed = !source.contains(DOMAIN) && !source.contains(PRODUCT);
    return new NameTemplate(
        source,
        fixed ? Optional.of(sample) : Optional.empty(),
        fixed ? Optional.empty() : cut(source));
  }

  boolean matches(ProductId id, String name) {
    if (pieces.isPresent()) {
      return name.equals(expected(pieces.get(), id));
    }
    Pattern pattern = fixed.orElseGet(() -> Pattern.compile(substitute(source, id)));
    return pattern.matcher(name).matches();
  }

  private static String expected(List<String> pieces, ProductId id) {
    StringBuilder name = new StringBuilder();
    for (String piece : pieces) {
      name.append(piece.equals(DOMAIN) ? id.domain() : piece.equals(PRODUCT) ? id.name() : piece);
    }
    return name.toString();
  }

  /** The template's pieces, if the text between its placeholders is all literal. */
  private static Optional<List<String>> cut(String source) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    while (from < source.length()) {
      int domain = source.indexOf(DOMAIN, from);
      int product = source.indexOf(PRODUCT, from);
      int next = nearest(domain, product);
      Optional<String> text = literal(source.substring(from, next < 0 ? source.length() : next));
      if (text.isEmpty()) {
        return Optional.empty();
      }
      pieces.add(text.get());
      if (next < 0) {
        break;
      }
      String placeholder = next == domain ? DOMAIN : PRODUCT;
      pieces.add(placeholder);
      from = next + placeholder.length();
    }
    return Optional.of(List.copyOf(pieces));
  }

  private static int nearest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /**
   * What {@code regex} matches, if it can match only that: plain characters and punctuation escaped
   * with a backslash. Anything else (a class, a group, a quantifier, {@code \d}) makes it a regex.
   */
  private static Optional<String> literal(String regex) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
          return Optional.empty();
        }
        text.append(regex.charAt(++i));
      } else if (REGEX_SYNTAX.indexOf(c) >= 0) {
        return Optional.empty();
      } else {
        text.append(c);
      }
    }
    return Optional.of(text.toString());
  }

  private static String substitute(String template, ProductId id) {
    return template
        .replace(DOMAIN, Pattern.quote(id.domain()))
        .replace(PRODUCT, Pattern.quote(id.name()));
  }
}
