package dev.meshcode.plan;

import java.util.Locale;

/** What apply does to one resource. Why is a separate {@link ChangeReason}. */
public enum Action {
  CREATE("+"),
  UPDATE("~"),
  REPLACE("-/+"),
  DELETE("-"),
  NO_OP(" ");

  private final String symbol;

  Action(String symbol) {
    this.symbol = symbol;
  }

  /** Terraform's marker: {@code +}, {@code ~}, {@code -/+}, {@code -}. */
  public String symbol() {
    return symbol;
  }

  /** The spelling in plan files: {@code create}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
