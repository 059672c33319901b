package dev.meshcode.provider;

import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Schema subjects found under an owned prefix but not declared are orphans only when the ownership
 * record says meshcode registered them: a subject a team registered by hand under a domain's
 * prefix, or one that existed before the mesh, is left out of the live state, so no plan ever
 * deletes it. (Kafka topics get the same treatment inside the Kafka provider, which keeps the
 * record.) Without a record in the environment, no subject is an orphan.
 */
final class OwnedOrphans {

  /** The kinds whose orphans the record decides here, by subject name. */
  private static final Set<ResourceKind> SUBJECT_KINDS =
      Set.of(ResourceKind.SCHEMA, ResourceKind.SCHEMA_SUBJECT_CONFIG);

  private OwnedOrphans() {}

  static LiveState keepRecorded(LiveState live, ReadScope scope, Optional<OwnershipRecord> record) {
    Set<ResourceAddress> orphans =
        live.resources().keySet().stream()
            .filter(a -> SUBJECT_KINDS.contains(a.kind()))
            .filter(a -> !scope.addresses().contains(a))
            .collect(Collectors.toSet());
    if (orphans.isEmpty()) {
      return live; // the record is read only when there is an orphan to judge
    }
    Set<String> owned = record.map(r -> r.owned(ResourceKind.SCHEMA)).orElse(Set.of());
    List<Resource> kept =
        live.resources().values().stream()
            .filter(r -> !orphans.contains(r.address()) || owned.contains(r.address().name()))
            .toList();
    return LiveState.of(kept);
  }
}
