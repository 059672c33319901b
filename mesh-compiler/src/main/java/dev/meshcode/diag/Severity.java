package dev.meshcode.diag;

import java.util.Locale;

/** How bad a diagnostic is. Declared from worst to mildest, so natural order sorts errors first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in descriptors ({@code severity: error}) and in every output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
