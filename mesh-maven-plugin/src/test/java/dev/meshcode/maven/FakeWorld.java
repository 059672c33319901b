package dev.meshcode.maven;

import dev.meshcode.api.ProviderFactory;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.Providers;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The systems a plugin test talks to, as one map, with a provider per system over it: enough to
 * drive the goals without servers (the provider contract is tested in mesh-compiler).
 */
final class FakeWorld {

  final Map<ResourceAddress, Resource> resources = new TreeMap<>();
  final Map<ResourceAddress, String> failing = new HashMap<>();
  final List<String> factoryCalls = new ArrayList<>();

  ProviderFactory factory() {
    return env -> {
      factoryCalls.add(env.name());
      return new Providers(List.of(new FakeSystem("kafka"), new FakeSystem("schema-registry")));
    };
  }

  void put(String address, Map<String, String> attributes) {
    ResourceAddress at = ResourceAddress.parse(address).orElseThrow();
    resources.put(at, new Resource(at, Optional.empty(), attributes));
  }

  private final class FakeSystem implements Provider {

    private final String name;

    FakeSystem(String name) {
      this.name = name;
    }

    @Override
    public String system() {
      return name;
    }

    @Override
    public Set<ResourceKind> kinds() {
      Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
      for (ResourceKind kind : ResourceKind.values()) {
        if (kind.system().equals(name)) {
          kinds.add(kind);
        }
      }
      return kinds;
    }

    @Override
    public LiveState read(dev.meshcode.state.ReadScope scope) {
      return LiveState.of(
          resources.values().stream()
              .filter(r -> kinds().contains(r.address().kind()) && scope.covers(r.address()))
              .toList());
    }

    @Override
    public List<ChangeOutcome> apply(List<ResourceChange> batch) {
      List<ChangeOutcome> outcomes = new ArrayList<>();
      for (ResourceChange change : batch) {
        ResourceAddress at = change.address();
        if (failing.containsKey(at)) {
          outcomes.add(ChangeOutcome.failed(at, failing.get(at)));
          continue;
        }
        if (change.action() == Action.DELETE) {
          resources.remove(at);
        } else {
          resources.put(at, new Resource(at, Optional.empty(), change.desired()));
        }
        outcomes.add(ChangeOutcome.applied(at));
      }
      return outcomes;
    }
  }
}
