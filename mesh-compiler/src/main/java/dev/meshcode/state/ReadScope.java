package dev.meshcode.state;

import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a provider must read: exactly these addresses, plus every resource under the owned prefixes
 * (the orphans prune may delete). Never the whole cluster: a provider may list names to find those
 * under a prefix, but reads attributes only of what is in scope.
 *
 * <p>The plan compares only declared attributes, so the scope also says, per address, which
 * attribute names will be compared. A provider whose system can answer only some attributes (Kafka
 * topic configs) may read just those; an address without an entry, or a resource found under an
 * owned prefix, compares none of its optional attributes.
 *
 * @param addresses the resources to read, sorted
 * @param prefixes the owned name spaces to list; empty when orphans do not matter (apply)
 * @param attributes per address, the attribute names the plan compares (or a saved plan's
 *     fingerprint covers)
 */
public record ReadScope(
    SortedSet<ResourceAddress> addresses,
    List<OwnedPrefix> prefixes,
    SortedMap<ResourceAddress, SortedSet<String>> attributes) {

  public ReadScope {
    addresses = Collections.unmodifiableSortedSet(new TreeSet<>(addresses));
    prefixes = List.copyOf(prefixes);
    attributes = copy(attributes);
  }

  /** A scope that names no attributes: a provider reads only what it always reports. */
  public ReadScope(SortedSet<ResourceAddress> addresses, List<OwnedPrefix> prefixes) {
    this(addresses, prefixes, new TreeMap<>());
  }

  /**
   * Everything the desired state declares or retires, its owned name spaces, and their attributes.
   */
  public static ReadScope of(DesiredState desired) {
    SortedMap<ResourceAddress, SortedSet<String>> attributes = new TreeMap<>();
    Stream.concat(desired.resources().stream(), desired.retired().stream())
        .forEach(
            d ->
                attributes
                    .computeIfAbsent(d.address(), a -> new TreeSet<>())
                    .addAll(d.resource().attributes().keySet()));
    return new ReadScope(new TreeSet<>(attributes.keySet()), desired.owned(), attributes);
  }

  /** Exactly {@code addresses}, naming no attributes. */
  public static ReadScope exactly(Collection<ResourceAddress> addresses) {
    return new ReadScope(new TreeSet<>(addresses), List.of());
  }

  /**
   * Exactly the addresses of {@code attributes}, each with the attribute names to compare: what a
   * stale-plan check re-reads (the names its fingerprints cover).
   */
  public static ReadScope exactly(Map<ResourceAddress, ? extends Collection<String>> attributes) {
    SortedMap<ResourceAddress, SortedSet<String>> names = new TreeMap<>();
    attributes.forEach((address, list) -> names.put(address, new TreeSet<>(list)));
    return new ReadScope(new TreeSet<>(names.keySet()), List.of(), names);
  }

  /** The part of this scope in {@code kinds}: what one provider reads. */
  public ReadScope only(Set<ResourceKind> kinds) {
    if (addresses.stream().allMatch(a -> kinds.contains(a.kind()))
        && prefixes.stream().allMatch(p -> kinds.contains(p.kind()))) {
      return this; // one provider for everything: nothing to leave out
    }
    SortedMap<ResourceAddress, SortedSet<String>> kept = new TreeMap<>(attributes);
    kept.keySet().removeIf(a -> !kinds.contains(a.kind()));
    return new ReadScope(
        new TreeSet<>(addresses.stream().filter(a -> kinds.contains(a.kind())).toList()),
        prefixes.stream().filter(p -> kinds.contains(p.kind())).toList(),
        kept);
  }

  /** Whether {@code address} is in scope: listed, or under an owned prefix. */
  public boolean covers(ResourceAddress address) {
    return addresses.contains(address) || prefixes.stream().anyMatch(p -> p.owns(address));
  }

  /** The attribute names the plan compares for {@code address}; empty when it names none. */
  public SortedSet<String> attributes(ResourceAddress address) {
    return attributes.getOrDefault(address, Collections.emptySortedSet());
  }

  private static SortedMap<ResourceAddress, SortedSet<String>> copy(
      SortedMap<ResourceAddress, SortedSet<String>> attributes) {
    // copied from a sorted map, in linear time (10,000 addresses: no comparisons to redo)
    SortedMap<ResourceAddress, SortedSet<String>> copy = new TreeMap<>(attributes);
    copy.replaceAll((address, names) -> Collections.unmodifiableSortedSet(new TreeSet<>(names)));
    return Collections.unmodifiableSortedMap(copy);
  }
}
