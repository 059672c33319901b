package dev.meshcode.api;

import java.time.Duration;

/**
 * Progress reported by the compiler. Hosts decide how (and whether) to show it; the core never
 * logs.
 */
public sealed interface MeshEvent {

  /** A pipeline stage finished. */
  record StageFinished(String stage, String outcome, Duration took) implements MeshEvent {}

  /** Receives events; must not throw. */
  @FunctionalInterface
  interface Listener {
    void on(MeshEvent event);

    static Listener ignoring() {
      return event -> {};
    }
  }
}
