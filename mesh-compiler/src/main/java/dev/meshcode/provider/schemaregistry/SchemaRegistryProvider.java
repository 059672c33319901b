package dev.meshcode.provider.schemaregistry;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.CompatibilityChecker;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Schema Registry behind the provider port: reads subjects' latest schemas and subject-level
 * compatibility in the planner's vocabulary, applies subject configs and schemas, and judges schema
 * updates with the registry's own compatibility check. Per-subject calls run on a pool as wide as
 * the client's concurrency limit.
 */
public final class SchemaRegistryProvider implements Provider, CompatibilityChecker {

  static final String SYSTEM = "schema-registry";

  private final SchemaRegistryClient client;
  private final SubjectConfigEraser eraser;
  private final int parallelism;

  SchemaRegistryProvider(SchemaRegistryClient client, SubjectConfigEraser eraser, int parallelism) {
    this.client = client;
    this.eraser = eraser;
    this.parallelism = parallelism;
  }

  /** A provider for the registry at {@code settings} (credentials already resolved). */
  public static SchemaRegistryProvider create(RegistrySettings settings) {
    return new SchemaRegistryProvider(
        SchemaRegistryClient.create(settings),
        new SubjectConfigEraser(new RegistryTransport(settings, RetryPolicy.Sleeper.real())),
        settings.maxConcurrency());
  }

  /**
   * A provider for the registry at {@code baseUri} with the client's default timeouts, retries and
   * concurrency; {@code credentials} come already resolved (settings.xml server or environment).
   */
  public static SchemaRegistryProvider create(
      URI baseUri, Optional<RegistryCredentials> credentials) {
    RegistrySettings settings = RegistrySettings.of(baseUri);
    return create(credentials.map(settings::withCredentials).orElse(settings));
  }

  @Override
  public String system() {
    return SYSTEM;
  }

  @Override
  public Set<ResourceKind> kinds() {
    return EnumSet.of(ResourceKind.SCHEMA_SUBJECT_CONFIG, ResourceKind.SCHEMA);
  }

  @Override
  public LiveState read(ReadScope scope) {
    return new LiveSubjects(client, parallelism).read(scope);
  }

  @Override
  public List<ChangeOutcome> apply(List<ResourceChange> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    ResourceKind kind = batch.get(0).address().kind();
    if (kind == ResourceKind.SCHEMA_SUBJECT_CONFIG) {
      return new SubjectConfigApply(client, eraser, parallelism).apply(batch);
    }
    if (kind == ResourceKind.SCHEMA) {
      return new SchemaRegistration(client, parallelism).apply(batch);
    }
    throw new IllegalArgumentException("not a schema-registry kind: " + kind);
  }

  @Override
  public Map<ResourceAddress, CompatibilityVerdict> check(List<ResourceChange> changes) {
    return new CompatibilityJudge(client, parallelism).judge(changes, Map.of());
  }

  /**
   * As the port's default, but judged at the level the plan sets for the subject when it changes
   * it: apply sets the subject config before registering, so that level is the one that counts.
   */
  @Override
  public Plan judge(Plan plan) {
    Map<String, String> levels = new HashMap<>();
    for (ResourceChange c : plan.changes()) {
      if (c.address().kind() == ResourceKind.SCHEMA_SUBJECT_CONFIG && c.action() != Action.DELETE) {
        c.desired(Attributes.COMPATIBILITY).ifPresent(l -> levels.put(c.address().name(), l));
      }
    }
    List<ResourceChange> updates =
        plan.changes().stream()
            .filter(c -> c.address().kind() == ResourceKind.SCHEMA)
            .filter(c -> c.compatibility().isEmpty())
            .filter(c -> c.action() != Action.DELETE)
            .toList();
    return updates.isEmpty()
        ? plan
        : plan.withCompatibility(
            new CompatibilityJudge(client, parallelism).judge(updates, levels));
  }

  /** A registry failure outside any single change: the whole operation cannot go on. */
  static ProviderException fault(String operation, RegistryException e) {
    return new ProviderException(SYSTEM, operation, e.getMessage(), e);
  }
}
