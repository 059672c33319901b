package dev.meshcode.model;

import java.util.Comparator;

/**
 * A product's identity, unique in the mesh: its domain and its name within the domain, written
 * {@code domain.name} (for example {@code execution.stocktrades}) wherever one product refers to
 * another. Both parts match {@code [a-z][a-z0-9-]*}, so the dot is never ambiguous.
 */
public record ProductId(String domain, String name) implements Comparable<ProductId> {

  private static final Comparator<ProductId> ORDER =
      Comparator.comparing(ProductId::domain).thenComparing(ProductId::name);

  /** Parses {@code domain.name}; the caller has checked the pattern. */
  public static ProductId parse(String qualified) {
    int dot = qualified.indexOf('.');
    if (dot <= 0 || dot == qualified.length() - 1) {
      throw new IllegalArgumentException("not a qualified product name: " + qualified);
    }
    return new ProductId(qualified.substring(0, dot), qualified.substring(dot + 1));
  }

  @Override
  public String toString() {
    return domain + "." + name;
  }

  @Override
  public int compareTo(ProductId other) {
    return ORDER.compare(this, other);
  }
}
