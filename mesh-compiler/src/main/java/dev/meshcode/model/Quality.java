package dev.meshcode.model;

import java.util.Locale;

/** How far a product's data can be trusted; ordered from least to most. */
public enum Quality {
  RAW,
  CURATED,
  AUTHORITATIVE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Quality other) {
    return compareTo(other) >= 0;
  }
}
