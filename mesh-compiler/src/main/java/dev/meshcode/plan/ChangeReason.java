package dev.meshcode.plan;

import java.util.Locale;

/** Why a change is planned; for display only, apply never branches on it. */
public enum ChangeReason {
  NOT_IN_LIVE_STATE("declared but not in the live state"),
  ATTRIBUTES_DIFFER("declared attributes differ from the live state"),
  NEW_SCHEMA_VERSION("the schema changed: a new version is registered"),
  IMMUTABLE_ATTRIBUTE_CHANGED("an attribute that cannot change in place changed"),
  PRODUCT_RETIRED("its product is retired"),
  ORPHAN_PRUNED("no product declares it, it is under a name the mesh owns, and prune is on");

  private final String description;

  ChangeReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The spelling in plan files: {@code not_in_live_state}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
