package dev.meshcode.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OwnedOrphansTest {

  private static final ResourceAddress DECLARED = schema("execution.trades-value");
  private static final ResourceAddress OURS = schema("execution.old-value");
  private static final ResourceAddress BY_HAND = schema("execution.manual-value");
  private static final ResourceAddress BY_HAND_LEVEL =
      new ResourceAddress(ResourceKind.SCHEMA_SUBJECT_CONFIG, "execution.manual-value");

  @Test
  void keepRecorded_orphanSubjects_onlyThoseMeshcodeRegisteredRemain() {
    // GIVEN a declared subject, an orphan meshcode registered, and one registered by hand
    LiveState live = live(DECLARED, OURS, BY_HAND, BY_HAND_LEVEL);
    InMemoryWorld world = new InMemoryWorld();
    world.put(OURS, Map.of());
    OwnershipRecord record = InMemoryProvider.all(world).get(0);

    // WHEN the orphans are judged against the record
    LiveState kept =
        OwnedOrphans.keepRecorded(live, ReadScope.exactly(List.of(DECLARED)), Optional.of(record));

    // THEN the hand-made subject (and its level) is gone from what the planner sees
    assertThat(kept.resources().keySet()).containsExactly(OURS, DECLARED);
  }

  @Test
  void keepRecorded_noRecordInTheEnvironment_noSubjectIsAnOrphan() {
    LiveState kept =
        OwnedOrphans.keepRecorded(
            live(DECLARED, OURS), ReadScope.exactly(List.of(DECLARED)), Optional.empty());

    assertThat(kept.resources().keySet()).containsExactly(DECLARED);
  }

  @Test
  void keepRecorded_noOrphan_neverReadsTheRecord() {
    OwnershipRecord failing =
        new OwnershipRecord() {
          @Override
          public Set<String> owned(ResourceKind kind) {
            throw new AssertionError("the record was read");
          }

          @Override
          public void record(ResourceKind kind, java.util.Collection<String> names) {}

          @Override
          public void forget(ResourceKind kind, java.util.Collection<String> names) {}
        };

    LiveState kept =
        OwnedOrphans.keepRecorded(
            live(DECLARED), ReadScope.exactly(List.of(DECLARED)), Optional.of(failing));

    assertThat(kept.resources().keySet()).containsExactly(DECLARED);
  }

  private static ResourceAddress schema(String subject) {
    return new ResourceAddress(ResourceKind.SCHEMA, subject);
  }

  private static LiveState live(ResourceAddress... addresses) {
    Set<ResourceAddress> all = new TreeSet<>(List.of(addresses));
    return LiveState.of(
        all.stream().map(a -> new Resource(a, Optional.empty(), Map.of())).toList());
  }
}
