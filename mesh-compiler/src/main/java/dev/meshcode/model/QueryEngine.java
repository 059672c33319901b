package dev.meshcode.model;

import java.util.Locale;

/** The streaming-SQL engines a derived product's query can run on. */
public enum QueryEngine {
  KSQLDB,
  FLINK;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
