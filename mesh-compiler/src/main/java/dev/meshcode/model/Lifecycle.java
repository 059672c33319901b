package dev.meshcode.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A product's lifecycle. {@code since}, {@code sunset} and {@code replacedBy} are meaningful for
 * {@link Stage#DEPRECATED} (and kept when it moves on to retired); the descriptor schema requires
 * {@code sunset} once a product is deprecated.
 */
public record Lifecycle(
    Stage stage,
    Optional<LocalDate> since,
    Optional<LocalDate> sunset,
    Optional<ProductId> replacedBy) {

  public static Lifecycle of(Stage stage) {
    return new Lifecycle(stage, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
