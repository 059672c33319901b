package dev.meshcode.api;

import dev.meshcode.check.ReferenceChecker;
import dev.meshcode.descriptor.DescriptorLoader;
import dev.meshcode.descriptor.LoadResult;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Mesh;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.policy.PolicyEngine;
import dev.meshcode.render.CodeOwners;
import dev.meshcode.render.CodeOwnersSettings;
import dev.meshcode.schema.SchemaChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The compiler's entry point. Validation is offline by construction: nothing reachable from {@link
 * #validate} does network I/O (invariant 1 of the design). {@link #plan} and {@link #apply} reach
 * the outside world only through the {@link ProviderFactory} the host passes, and only after the
 * mesh validated without errors.
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
    return validate(meshRoot, Optional.empty());
  }

  /**
   * Validates, and with a {@code base} ref also reviews the change against the merge base with it
   * (breaking schema changes, lifecycle, immutable attributes): the git-aware half of validation.
   * Reading git is local: still no network, no cluster, no credentials.
   */
  public ValidationReport validate(Path meshRoot, Optional<String> base) {
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
    if (base.isEmpty()) {
      return new ValidationReport(loaded.mesh(), found, loaded.files());
    }
    ReviewStage.Outcome reviewed =
        timed("review", () -> ReviewStage.review(mesh, meshRoot, base.get(), today()));
    return new ValidationReport(
        loaded.mesh(), found.plus(reviewed.diagnostics()), loaded.files(), reviewed.review());
  }

  /**
   * Generates the CODEOWNERS file of the mesh at {@code meshRoot}: loads the descriptors and checks
   * their references (nothing else: a policy violation does not change who owns a file), then
   * renders. With a load or reference error the report has diagnostics and no text.
   */
  public CodeOwnersReport codeOwners(Path meshRoot, CodeOwnersSettings settings) {
    Diagnostics invalid = settings.check();
    LoadResult loaded = timed("load", () -> new DescriptorLoader().load(meshRoot));
    Diagnostics found = invalid.plus(loaded.diagnostics());
    if (loaded.mesh().isEmpty()) {
      return new CodeOwnersReport(Optional.empty(), found);
    }
    Mesh mesh = loaded.mesh().get();
    found = found.plus(timed("references", () -> new ReferenceChecker().check(mesh)));
    if (found.hasErrors()) {
      return new CodeOwnersReport(Optional.empty(), found);
    }
    CodeOwners.Result rendered = new CodeOwners(settings).render(mesh);
    return new CodeOwnersReport(Optional.of(rendered.text()), found.plus(rendered.diagnostics()));
  }

  /**
   * Validates, then plans {@code environment}: lowers the mesh with the environment's overrides,
   * reads the live state of exactly what the mesh declares or owns, diffs, and has the registry
   * judge every schema change. Errors of any stage leave the plan empty and say why.
   */
  public PlanReport plan(
      Path meshRoot, String environment, PlanRequest request, ProviderFactory factory) {
    ValidationReport validation = validate(meshRoot, request.base());
    Stages stages = new Stages(listener);
    Preparation.Outcome outcome = new Preparation(stages).prepare(validation, environment, factory);
    if (outcome.ready().isEmpty()) {
      return new PlanReport(environment, validation, outcome.problems(), Optional.empty());
    }
    Prepared ready = outcome.ready().get();
    try {
      return new PlanRun(stages).report(ready, new PlanOptions(request.prune()));
    } finally {
      ready.providers().close();
    }
  }

  /**
   * Validates, then applies a saved plan (refused when it has errors, no longer matches the mesh,
   * or is stale) or, without one, plans and applies in one go. Progress comes as {@link
   * MeshEvent.ApplyProgress} events, one pair per phase.
   */
  public ApplyReport apply(
      Path meshRoot, String environment, ApplyRequest request, ProviderFactory factory) {
    return new ApplyRun(new Stages(listener))
        .apply(validate(meshRoot), environment, request, factory);
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
    if (result instanceof ReviewStage.Outcome o) {
      outcome =
          o.review().map(r -> r.products().size() + " products changed, ").orElse("no base, ")
              + o.diagnostics().all().size()
              + " diagnostics";
    }
    listener.on(new MeshEvent.StageFinished(stage, outcome, took));
    return result;
  }
}
