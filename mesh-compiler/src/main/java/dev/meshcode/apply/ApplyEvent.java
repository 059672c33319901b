package dev.meshcode.apply;

import dev.meshcode.resource.ResourceKind;

/**
 * Progress of an apply, one pair of events per phase (not per change), so a long apply shows how
 * far it got without flooding the log.
 */
public sealed interface ApplyEvent {

  /**
   * A phase begins.
   *
   * @param deletes whether this is the delete pass of {@code kind}
   */
  record PhaseStarted(ResourceKind kind, boolean deletes, int changes) implements ApplyEvent {}

  /** A phase ended with these counts. */
  record PhaseFinished(ResourceKind kind, boolean deletes, int applied, int failed, int skipped)
      implements ApplyEvent {}

  /** Receives the events; the facade adapts it to the build log. */
  @FunctionalInterface
  interface Listener {
    void on(ApplyEvent event);

    static Listener none() {
      return event -> {};
    }
  }
}
