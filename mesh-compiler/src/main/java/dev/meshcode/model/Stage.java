package dev.meshcode.model;

import java.util.Locale;

/** Where a product is in its life: draft → published → deprecated → retired. */
public enum Stage {
  DRAFT,
  PUBLISHED,
  DEPRECATED,
  RETIRED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
