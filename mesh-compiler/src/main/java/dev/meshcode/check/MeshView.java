package dev.meshcode.check;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Origin;
import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The mesh with the indexes the checks share, built once. When a name is declared twice, the
 * declaration earliest in the repository (by file, line, column) is the one that counts; the others
 * are reported as duplicates and otherwise ignored, so one mistake yields one diagnostic.
 */
final class MeshView {

  private static final Comparator<DataProduct> BY_LOCATION =
      Comparator.comparing((DataProduct p) -> p.origin().start()).thenComparing(DataProduct::id);

  private final Mesh mesh;
  private final Map<ProductId, DataProduct> products = new LinkedHashMap<>();
  private final Map<String, Domain> domains = new HashMap<>();
  private final Map<String, SortedSet<String>> productNamesByDomain = new HashMap<>();

  /**
   * "Did you mean" for a product scans its domain; capping how many are computed keeps a mesh with
   * thousands of broken references linear. Spent in the checks' fixed order, so the output stays
   * deterministic.
   */
  private int productSuggestionsLeft = 500;

  MeshView(Mesh mesh) {
    this.mesh = mesh;
    for (DataProduct p : byLocation(mesh.products())) {
      products.putIfAbsent(p.id(), p);
      productNamesByDomain
          .computeIfAbsent(p.id().domain(), d -> new TreeSet<>())
          .add(p.id().name());
    }
    for (Domain d : mesh.domains()) {
      domains.merge(d.name(), d, MeshView::earlier);
    }
  }

  static List<DataProduct> byLocation(List<DataProduct> products) {
    List<DataProduct> sorted = new ArrayList<>(products);
    sorted.sort(BY_LOCATION);
    return sorted;
  }

  Mesh mesh() {
    return mesh;
  }

  /** One product per id, the first declared, in the mesh's order (sorted by id). */
  List<DataProduct> uniqueProducts() {
    return products.values().stream().sorted(Comparator.comparing(DataProduct::id)).toList();
  }

  Optional<DataProduct> product(ProductId id) {
    return Optional.ofNullable(products.get(id));
  }

  Optional<Domain> domain(String name) {
    return Optional.ofNullable(domains.get(name));
  }

  List<String> domainNames() {
    return domains.keySet().stream().sorted().toList();
  }

  /** The names of the products declared in {@code domain}, sorted; empty for an unknown domain. */
  SortedSet<String> productNames(String domain) {
    return Collections.unmodifiableSortedSet(
        productNamesByDomain.getOrDefault(domain, Collections.emptySortedSet()));
  }

  /** Whether one more product suggestion may be computed; counts it. */
  boolean spendProductSuggestion() {
    if (productSuggestionsLeft == 0) {
      return false;
    }
    productSuggestionsLeft--;
    return true;
  }

  /** The recorded location of the field at {@code path}, or {@code fallback} when not recorded. */
  static SourceLocation field(Origin origin, String path, SourceLocation fallback) {
    return origin.fields().getOrDefault(path, fallback);
  }

  private static Domain earlier(Domain a, Domain b) {
    return a.origin().start().compareTo(b.origin().start()) <= 0 ? a : b;
  }
}
