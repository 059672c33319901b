package dev.meshcode.plan;

import java.util.Optional;

/**
 * One attribute's old and new value. A sensitive attribute keeps neither: renderers print {@code
 * (sensitive)} and plan files never hold it.
 *
 * @param before the live value; empty when the attribute or the resource does not exist yet
 * @param after the value to apply; empty for a delete
 * @param overriddenBy the environment override that made {@code after} differ from the descriptor,
 *     such as {@code maxReplicationFactor=1, declared 3}
 */
public record AttributeChange(
    String name,
    Optional<String> before,
    Optional<String> after,
    boolean sensitive,
    Optional<String> overriddenBy) {

  public AttributeChange {
    if (sensitive) {
      before = before.map(v -> SENSITIVE);
      after = after.map(v -> SENSITIVE);
    }
  }

  /** What a sensitive value is replaced with, everywhere. */
  public static final String SENSITIVE = "(sensitive)";
}
