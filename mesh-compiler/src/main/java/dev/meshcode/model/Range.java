package dev.meshcode.model;

import java.util.OptionalLong;

/** An inclusive range of whole numbers; either bound may be open. */
public record Range(OptionalLong min, OptionalLong max) {

  public static Range atLeast(long min) {
    return new Range(OptionalLong.of(min), OptionalLong.empty());
  }

  public boolean contains(long value) {
    return (min.isEmpty() || value >= min.getAsLong())
        && (max.isEmpty() || value <= max.getAsLong());
  }

  /** {@code ≥ 3}, {@code ≤ 12} or {@code 3..12}, for messages. */
  public String describe() {
    if (min.isPresent() && max.isPresent()) {
      return min.getAsLong() + ".." + max.getAsLong();
    }
    return min.isPresent() ? "≥ " + min.getAsLong() : "≤ " + max.orElse(Long.MAX_VALUE);
  }
}
