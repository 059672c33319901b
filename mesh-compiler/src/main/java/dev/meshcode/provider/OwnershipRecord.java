package dev.meshcode.provider;

import dev.meshcode.resource.ResourceKind;
import java.util.Collection;
import java.util.Set;

/**
 * What meshcode itself created in an environment, by kind: only a recorded resource found under a
 * name the mesh owns, but no longer declared, is an orphan that prune may delete (invariant 4). A
 * provider that can keep such a record implements this (Kafka keeps it in a compacted topic); the
 * record is best effort and fails safe: what could not be recorded is simply never pruned.
 */
public interface OwnershipRecord {

  /** The names of {@code kind} recorded as created by meshcode. */
  Set<String> owned(ResourceKind kind);

  /** Records that meshcode created {@code names} of {@code kind}. */
  void record(ResourceKind kind, Collection<String> names);

  /** Forgets {@code names} of {@code kind}, which meshcode deleted. */
  void forget(ResourceKind kind, Collection<String> names);
}
