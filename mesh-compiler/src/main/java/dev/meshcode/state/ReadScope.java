package dev.meshcode.state;

import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a provider must read: exactly these addresses, plus every resource under the owned prefixes
 * (the orphans prune may delete). Never the whole cluster: a provider may list names to find those
 * under a prefix, but reads attributes only of what is in scope.
 *
 * @param addresses the resources to read, sorted
 * @param prefixes the owned name spaces to list; empty when orphans do not matter (apply)
 */
public record ReadScope(SortedSet<ResourceAddress> addresses, List<OwnedPrefix> prefixes) {

  public ReadScope {
    addresses = Collections.unmodifiableSortedSet(new TreeSet<>(addresses));
    prefixes = List.copyOf(prefixes);
  }

  /** Everything the desired state declares or retires, and its owned name spaces. */
  public static ReadScope of(DesiredState desired) {
    Set<ResourceAddress> all = new TreeSet<>();
    Stream.concat(desired.resources().stream(), desired.retired().stream())
        .map(DesiredResource::address)
        .forEach(all::add);
    return new ReadScope(new TreeSet<>(all), desired.owned());
  }

  /** Exactly {@code addresses}: what a stale-plan check re-reads. */
  public static ReadScope exactly(Collection<ResourceAddress> addresses) {
    return new ReadScope(new TreeSet<>(addresses), List.of());
  }

  /** The part of this scope in {@code kinds}: what one provider reads. */
  public ReadScope only(Set<ResourceKind> kinds) {
    return new ReadScope(
        new TreeSet<>(addresses.stream().filter(a -> kinds.contains(a.kind())).toList()),
        prefixes.stream().filter(p -> kinds.contains(p.kind())).toList());
  }

  /** Whether {@code address} is in scope: listed, or under an owned prefix. */
  public boolean covers(ResourceAddress address) {
    return addresses.contains(address) || prefixes.stream().anyMatch(p -> p.owns(address));
  }
}
