package dev.meshcode.api;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a stage and reports its duration and a count-like outcome as a {@link MeshEvent}. */
final class Stages {

  private final MeshEvent.Listener listener;

  Stages(MeshEvent.Listener listener) {
    this.listener = listener;
  }

  <T> T timed(String stage, Supplier<T> work, Function<T, String> outcome) {
    long start = System.nanoTime();
    T result = work.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    listener.on(new MeshEvent.StageFinished(stage, outcome.apply(result), took));
    return result;
  }

  void emit(MeshEvent event) {
    listener.on(event);
  }
}
