package dev.meshcode.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole mesh as loaded: settings, domains, products, policies and environments, each list
 * sorted by name, with lookups by identity.
 *
 * <p>A {@code Mesh} may come from descriptors that had errors (the loader keeps whatever it could
 * bind, so checks can report more than the first problem); names are unique only once the duplicate
 * check passed, and lookups then return the first of a kind.
 */
public final class Mesh {

  private final MeshSettings settings;
  private final List<Domain> domains;
  private final List<DataProduct> products;
  private final List<PolicySpec> policies;
  private final List<Environment> environments;
  private final Map<ProductId, DataProduct> productsById;
  private final Map<String, Domain> domainsByName;
  private final Rejected rejected;

  /**
   * Names declared by documents that had errors and were left out. Later checks treat them as
   * existing, so one broken product yields its own diagnostics, not one more for every reader.
   */
  public record Rejected(Set<ProductId> products, Set<String> domains) {
    public Rejected {
      products = Set.copyOf(products);
      domains = Set.copyOf(domains);
    }

    public static Rejected none() {
      return new Rejected(Set.of(), Set.of());
    }
  }

  public Mesh(
      MeshSettings settings,
      List<Domain> domains,
      List<DataProduct> products,
      List<PolicySpec> policies,
      List<Environment> environments) {
    this(settings, domains, products, policies, environments, Rejected.none());
  }

  public Mesh(
      MeshSettings settings,
      List<Domain> domains,
      List<DataProduct> products,
      List<PolicySpec> policies,
      List<Environment> environments,
      Rejected rejected) {
    this.rejected = rejected;
    this.settings = settings;
    this.domains = sorted(domains, Domain::name);
    this.products = sorted(products, p -> p.id().toString());
    this.policies = sorted(policies, PolicySpec::name);
    this.environments = sorted(environments, Environment::name);
    this.productsById = index(this.products, DataProduct::id);
    this.domainsByName = index(this.domains, Domain::name);
  }

  public MeshSettings settings() {
    return settings;
  }

  public List<Domain> domains() {
    return domains;
  }

  public List<DataProduct> products() {
    return products;
  }

  public List<PolicySpec> policies() {
    return policies;
  }

  public List<Environment> environments() {
    return environments;
  }

  public Rejected rejected() {
    return rejected;
  }

  public Optional<DataProduct> product(ProductId id) {
    return Optional.ofNullable(productsById.get(id));
  }

  public Optional<Domain> domain(String name) {
    return Optional.ofNullable(domainsByName.get(name));
  }

  public Optional<Environment> environment(String name) {
    return environments.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    return items.stream().sorted(Comparator.comparing(key)).toList();
  }

  private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key) {
    return items.stream()
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
