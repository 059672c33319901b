package dev.meshcode.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.apply.Applier;
import dev.meshcode.apply.ApplyEvent;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.provider.ChangeOutcome.Status;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Provider} must do, as tests over the planner and the port: extend it once per
 * provider, for the in-memory one here and for each real adapter against its real server. Each test
 * works only under {@link #namespace()}, so a shared server needs a fresh namespace per test.
 */
public abstract class ProviderContract {

  private static final SourceLocation HERE = SourceLocation.ofFile("contract");

  /** The provider under test. */
  protected abstract Provider provider();

  /** A name prefix no other test uses, ending in a separator, such as {@code c1234.}. */
  protected abstract String namespace();

  /**
   * Resources of this provider's kinds under {@link #namespace()}, in apply order (a subject config
   * before its schema), with the attributes the planner would declare.
   */
  protected abstract List<Resource> examples();

  /** {@code resource} with an allowed in-place change (a config value, a compatible schema). */
  protected abstract Resource changed(Resource resource);

  /** A resource this system rejects at apply, under {@link #namespace()}. */
  protected abstract Resource rejected();

  @Test
  void read_nothingCreated_reportsNothing() {
    assertThat(read(examples()).resources()).isEmpty();
  }

  @Test
  void apply_creates_thenPlanIsEmpty() {
    Plan first = plan(examples());
    assertThat(first.changes()).extracting(c -> c.action()).containsOnly(Action.CREATE);

    assertThat(apply(first)).extracting(ChangeOutcome::status).containsOnly(Status.APPLIED);

    assertThat(plan(examples()).changes()).isEmpty();
  }

  @Test
  void apply_createOfWhatExists_succeeds() {
    Plan first = plan(examples());
    apply(first);

    assertThat(apply(first)).extracting(ChangeOutcome::status).containsOnly(Status.APPLIED);
  }

  @Test
  void apply_update_thenPlanIsEmpty() {
    apply(plan(examples()));
    List<Resource> changed = examples().stream().map(this::changed).toList();

    Plan update = plan(changed);
    assertThat(update.changes()).isNotEmpty();
    assertThat(apply(update)).extracting(ChangeOutcome::status).containsOnly(Status.APPLIED);

    assertThat(plan(changed).changes()).isEmpty();
  }

  @Test
  void read_ownedPrefix_findsUndeclaredResources() {
    apply(plan(examples()));

    LiveState orphans = provider().read(new ReadScope(new TreeSet<>(), owned()));

    assertThat(orphans.resources().keySet())
        .containsExactlyInAnyOrderElementsOf(examples().stream().map(Resource::address).toList());
  }

  @Test
  void apply_pruneDeletes_thenNothingIsLeft() {
    apply(plan(examples()));
    DesiredState nothing = new DesiredState(List.of(), List.of(), owned(), Map.of());
    LiveState live = provider().read(ReadScope.of(nothing).only(provider().kinds()));

    Plan prune = new Planner().plan(nothing, live, new PlanOptions(true));
    assertThat(prune.changes()).extracting(c -> c.action()).containsOnly(Action.DELETE);
    assertThat(apply(prune)).extracting(ChangeOutcome::status).containsOnly(Status.APPLIED);

    assertThat(read(examples()).resources()).isEmpty();
  }

  @Test
  void apply_oneRejectedChange_othersStillApply() {
    List<Resource> mixed = new ArrayList<>(examples());
    mixed.add(rejected());

    List<ChangeOutcome> outcomes = apply(plan(mixed));

    assertThat(outcomes)
        .filteredOn(o -> o.address().equals(rejected().address()))
        .extracting(ChangeOutcome::status)
        .containsExactly(Status.FAILED);
    assertThat(outcomes)
        .filteredOn(o -> !o.address().equals(rejected().address()))
        .extracting(ChangeOutcome::status)
        .containsOnly(Status.APPLIED);
  }

  /** Through the applier, as in production: one batch per phase, in plan order. */
  private List<ChangeOutcome> apply(Plan plan) {
    return new Applier(List.of(provider())).apply(plan, ApplyEvent.Listener.none()).outcomes();
  }

  private Plan plan(List<Resource> resources) {
    DesiredState desired = desired(resources);
    return new Planner().plan(desired, read(resources), PlanOptions.defaults());
  }

  private LiveState read(List<Resource> resources) {
    return provider().read(ReadScope.of(desired(resources)).only(provider().kinds()));
  }

  private DesiredState desired(List<Resource> resources) {
    List<DesiredResource> declared =
        resources.stream().map(r -> new DesiredResource(r, HERE, Map.of(), Map.of())).toList();
    return new DesiredState(declared, List.of(), List.of(), Map.of());
  }

  private List<OwnedPrefix> owned() {
    return provider().kinds().stream().map(k -> new OwnedPrefix(k, namespace(), HERE)).toList();
  }

  /** A resource of {@code kind} named {@code name} under the namespace, for subclasses. */
  protected Resource resource(ResourceKind kind, String name, Map<String, String> attributes) {
    return new Resource(
        new ResourceAddress(kind, namespace() + name), Optional.empty(), attributes);
  }
}
