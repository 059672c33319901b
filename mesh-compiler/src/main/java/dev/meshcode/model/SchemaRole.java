package dev.meshcode.model;

import java.util.Locale;

/** Whether a schema describes a record's key or its value; decides the subject suffix. */
public enum SchemaRole {
  KEY,
  VALUE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
