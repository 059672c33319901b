package dev.meshcode.review;

import java.util.Locale;

/**
 * What a pull request does to one product, as a reviewer reads it. A product that moves to
 * deprecated or retired in the change has that status rather than {@link #CHANGED}.
 */
public enum ProductStatus {
  ADDED,
  CHANGED,
  DEPRECATED,
  RETIRED,
  REMOVED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
