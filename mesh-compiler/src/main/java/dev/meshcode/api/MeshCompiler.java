package dev.meshcode.api;

import dev.meshcode.check.ReferenceChecker;
import dev.meshcode.descriptor.DescriptorLoader;
import dev.meshcode.descriptor.LoadResult;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import dev.meshcode.policy.PolicyEngine;
import dev.meshcode.schema.SchemaChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The compiler's entry point. Validation is offline by construction: nothing reachable from {@link
 * #validate} does network I/O (invariant 1 of the design).
 */
public final class MeshCompiler {

  private final Clock clock;
  private final MeshEvent.Listener listener;

  /**
   * @param clock decides "today" for lifecycle dates and waiver expiry; injected so tests and
   *     golden files do not depend on the day they run
   */
  public MeshCompiler(Clock clock, MeshEvent.Listener listener) {
    this.clock = clock;
    this.listener = listener;
  }

  public ValidationReport validate(Path meshRoot) {
    LoadResult loaded = timed("load", () -> new DescriptorLoader().load(meshRoot));
    if (loaded.mesh().isEmpty()) {
      return new ValidationReport(loaded.mesh(), loaded.diagnostics(), loaded.files());
    }
    Mesh mesh = loaded.mesh().get();
    Diagnostics found =
        loaded
            .diagnostics()
            .plus(timed("references", () -> new ReferenceChecker().check(mesh)))
            .plus(timed("schemas", () -> new SchemaChecker().check(mesh)))
            .plus(timed("policies", () -> new PolicyEngine().evaluate(mesh, today())));
    return new ValidationReport(loaded.mesh(), found, loaded.files());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private <T> T timed(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String outcome = result instanceof Diagnostics d ? d.all().size() + " diagnostics" : "done";
    if (result instanceof LoadResult l) {
      outcome = l.files().size() + " files";
    }
    listener.on(new MeshEvent.StageFinished(stage, outcome, took));
    return result;
  }
}
