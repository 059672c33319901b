package dev.meshcode.api;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Environment;
import dev.meshcode.model.Mesh;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.provider.Providers;
import dev.meshcode.provider.SideRead;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.Lowering;
import dev.meshcode.schema.SchemaChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * From a validation to {@link Prepared}, or the diagnostics that say why not. The order is the
 * invariant: the provider factory (the first step that may reach the network) is called only for a
 * mesh without errors and a declared environment.
 */
final class Preparation {

  /** Either {@code ready}, or {@code problems} says why not (empty when validation failed). */
  record Outcome(Optional<Prepared> ready, Diagnostics problems) {}

  private final Stages stages;

  Preparation(Stages stages) {
    this.stages = stages;
  }

  Outcome prepare(ValidationReport validation, String environment, ProviderFactory factory) {
    if (!validation.passed() || validation.mesh().isEmpty()) {
      return refused(List.of());
    }
    Mesh mesh = validation.mesh().get();
    Optional<Environment> chosen =
        environment.isBlank() ? Optional.empty() : mesh.environment(environment);
    if (chosen.isEmpty()) {
      return refused(List.of(RunDiagnostics.environment(mesh, environment)));
    }
    Environment env = chosen.get();
    // Validation passed, so the network may be reached: the providers are set up (clients built,
    // their classes loaded) on a thread of their own while the mesh is lowered, since neither
    // needs the other.
    SideRead<Providers> setUp =
        SideRead.start("meshcode-provider-setup", () -> factory.create(env));
    DesiredState desired;
    try {
      desired =
          stages.timed(
              "lower",
              () -> new Lowering().lower(mesh, new SchemaChecker().analyse(mesh), env.overrides()),
              d -> d.resources().size() + " resources, " + d.retired().size() + " retired");
    } catch (RuntimeException | Error e) {
      setUp.discard(Providers::close);
      throw e;
    }
    Providers providers;
    try {
      providers = setUp.join();
    } catch (SecretException e) {
      return refused(List.of(RunDiagnostics.secret(env, e)));
    } catch (ProviderException e) {
      // A client that cannot even be set up (a key store that does not open with its password)
      return refused(List.of(RunDiagnostics.providerNotSetUp(env, e)));
    }
    List<Diagnostic> missing = missingProviders(env, desired, providers);
    if (!missing.isEmpty()) {
      providers.close();
      return refused(missing);
    }
    return new Outcome(
        Optional.of(new Prepared(validation, env, desired, providers)), Diagnostics.none());
  }

  private static Outcome refused(List<Diagnostic> problems) {
    return new Outcome(Optional.empty(), Diagnostics.of(problems));
  }

  /** A declared resource of a system without provider would be planned against nothing. */
  private static List<Diagnostic> missingProviders(
      Environment env, DesiredState desired, Providers providers) {
    Set<String> present =
        providers.all().stream().map(Provider::system).collect(Collectors.toSet());
    Map<String, Long> needed =
        Stream.concat(desired.resources().stream(), desired.retired().stream())
            .map(DesiredResource::address)
            .map(a -> a.kind().system())
            .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    List<Diagnostic> missing = new ArrayList<>();
    needed.forEach(
        (system, count) -> {
          if (!present.contains(system)) {
            missing.add(RunDiagnostics.providerMissing(env, system, count));
          }
        });
    return missing;
  }
}
