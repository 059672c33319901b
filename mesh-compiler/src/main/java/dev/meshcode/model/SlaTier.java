package dev.meshcode.model;

/** The service level a product's owner commits to; {@code TIER_1} is the strictest. */
public enum SlaTier {
  TIER_1,
  TIER_2,
  TIER_3;

  /** The descriptor spelling: {@code tier-1}. */
  public String label() {
    return "tier-" + (ordinal() + 1);
  }
}
