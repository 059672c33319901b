package dev.meshcode.provider;

import dev.meshcode.plan.Action;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider over an {@link InMemoryWorld}: reads what is in scope, applies changes by merging the
 * desired attributes, and judges schema updates by the world's list of incompatible ones. One
 * instance per system, so the applier routes by system as it does for real providers.
 */
public final class InMemoryProvider implements Provider, CompatibilityChecker, OwnershipRecord {

  private final String system;
  private final InMemoryWorld world;

  private InMemoryProvider(String system, InMemoryWorld world) {
    this.system = system;
    this.world = world;
  }

  /** One provider per system of {@link ResourceKind}, all over {@code world}. */
  public static List<InMemoryProvider> all(InMemoryWorld world) {
    return EnumSet.allOf(ResourceKind.class).stream()
        .map(ResourceKind::system)
        .distinct()
        .sorted()
        .map(s -> new InMemoryProvider(s, world))
        .toList();
  }

  @Override
  public String system() {
    return system;
  }

  @Override
  public Set<ResourceKind> kinds() {
    Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      if (kind.system().equals(system)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  @Override
  public LiveState read(ReadScope scope) {
    List<Resource> seen = new ArrayList<>();
    for (Resource resource : world.resources.values()) {
      if (kinds().contains(resource.address().kind()) && scope.covers(resource.address())) {
        seen.add(resource);
      }
    }
    return LiveState.of(seen);
  }

  @Override
  public List<ChangeOutcome> apply(List<ResourceChange> batch) {
    world.applyCalls++;
    List<ChangeOutcome> outcomes = new ArrayList<>();
    for (ResourceChange change : batch) {
      String failure = world.failing.get(change.address());
      if (failure != null) {
        outcomes.add(ChangeOutcome.failed(change.address(), failure));
        continue;
      }
      execute(change);
      outcomes.add(ChangeOutcome.applied(change.address()));
    }
    return outcomes;
  }

  private void execute(ResourceChange change) {
    ResourceAddress address = change.address();
    if (change.action() == Action.DELETE) {
      world.resources.remove(address);
      return;
    }
    Map<String, String> attributes = new HashMap<>();
    if (change.action() == Action.UPDATE) {
      world.get(address).ifPresent(r -> attributes.putAll(r.attributes()));
    }
    attributes.putAll(change.desired());
    // as a real system: applying never touches the ownership record (the applier keeps it)
    world.resources.put(address, new Resource(address, java.util.Optional.empty(), attributes));
  }

  @Override
  public Map<ResourceAddress, CompatibilityVerdict> check(List<ResourceChange> changes) {
    Map<ResourceAddress, CompatibilityVerdict> verdicts = new HashMap<>();
    for (ResourceChange change : changes) {
      String level =
          world
              .get(new ResourceAddress(ResourceKind.SCHEMA_SUBJECT_CONFIG, change.address().name()))
              .flatMap(r -> r.attribute(Attributes.COMPATIBILITY))
              .orElse("BACKWARD");
      String problem = world.incompatible.get(change.address());
      verdicts.put(
          change.address(),
          new CompatibilityVerdict(
              level,
              problem == null,
              problem == null ? List.of() : List.of(problem),
              CompatibilityVerdict.Source.REGISTRY));
    }
    return verdicts;
  }

  @Override
  public Set<String> owned(ResourceKind kind) {
    return kind == ResourceKind.SCHEMA ? Set.copyOf(world.recordedSubjects) : Set.of();
  }

  @Override
  public void record(ResourceKind kind, Collection<String> names) {
    if (kind == ResourceKind.SCHEMA) {
      world.recordedSubjects.addAll(names);
    }
  }

  @Override
  public void forget(ResourceKind kind, Collection<String> names) {
    if (kind == ResourceKind.SCHEMA) {
      world.recordedSubjects.removeAll(names);
    }
  }
}
