package dev.meshcode.plan;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.state.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The only two ways a delete gets into a plan: a resource of a retired product that still exists,
 * or, with prune on, an orphan under a name the mesh owns. A live resource outside every owned name
 * space is unmanaged and never appears at all.
 */
final class Deletions {

  private final DesiredState desired;
  private final LiveState live;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Deletions(DesiredState desired, LiveState live) {
    this.desired = desired;
    this.live = live;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  List<ResourceChange> retired() {
    List<ResourceChange> deletes = new ArrayList<>();
    Set<ProductId> blocked = new TreeSet<>();
    for (DesiredResource resource : desired.retired()) {
      Optional<Resource> observed = live.get(resource.address());
      if (observed.isEmpty()) {
        continue;
      }
      Optional<ProductId> product = resource.resource().product();
      List<ProductId> dependants = product.map(this::dependants).orElse(List.of());
      if (!dependants.isEmpty()) {
        if (blocked.add(product.get())) {
          diagnostics.add(
              PlanDiagnostics.derivedInput(desired.products().get(product.get()), dependants));
        }
        continue;
      }
      deletes.add(
          delete(observed.get(), product, ChangeReason.PRODUCT_RETIRED, resource.location()));
    }
    return deletes;
  }

  List<ResourceChange> orphans(boolean prune) {
    Map<ResourceAddress, DesiredResource> declared = desired.byAddress();
    List<ResourceChange> deletes = new ArrayList<>();
    for (Resource observed : live.resources().values()) {
      if (declared.containsKey(observed.address())) {
        continue;
      }
      Optional<OwnedPrefix> owner = desired.ownerOf(observed.address());
      if (owner.isEmpty()) {
        continue; // unmanaged: never touched, never shown
      }
      if (prune) {
        deletes.add(
            delete(
                observed, Optional.empty(), ChangeReason.ORPHAN_PRUNED, owner.get().declaredAt()));
      } else {
        diagnostics.add(PlanDiagnostics.orphan(observed.address(), owner.get()));
      }
    }
    return deletes;
  }

  /** The products that are not retired and take {@code product} as an input. */
  private List<ProductId> dependants(ProductId product) {
    return desired.products().values().stream()
        .filter(p -> p.stage() != Stage.RETIRED && p.inputs().contains(product))
        .map(p -> p.id())
        .toList();
  }

  private static ResourceChange delete(
      Resource observed, Optional<ProductId> product, ChangeReason reason, SourceLocation at) {
    List<AttributeChange> changes = new ArrayList<>();
    observed
        .attributes()
        .forEach(
            (name, value) ->
                changes.add(
                    new AttributeChange(
                        name,
                        Optional.of(value),
                        Optional.empty(),
                        observed.address().kind().attribute(name).sensitive(),
                        Optional.empty())));
    return new ResourceChange(
        observed.address(),
        product,
        Action.DELETE,
        reason,
        changes,
        Map.of(),
        Optional.empty(),
        Optional.of(at),
        List.of());
  }
}
