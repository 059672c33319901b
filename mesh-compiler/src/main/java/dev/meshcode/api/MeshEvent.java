package dev.meshcode.api;

import dev.meshcode.apply.ApplyEvent;
import java.time.Duration;

/**
 * Progress reported by the compiler. Hosts decide how (and whether) to show it; the core never
 * logs.
 */
public sealed interface MeshEvent {

  /** A pipeline stage finished. */
  record StageFinished(String stage, String outcome, Duration took) implements MeshEvent {}

  /**
   * A phase of an apply started or finished: counts per phase, never one event per change, so a
   * long apply shows progress without flooding the log.
   */
  record ApplyProgress(ApplyEvent event) implements MeshEvent {}

  /** Receives events; must not throw. */
  @FunctionalInterface
  interface Listener {
    void on(MeshEvent event);

    static Listener ignoring() {
      return event -> {};
    }
  }
}
