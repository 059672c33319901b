package dev.meshcode.policy.cel;

import dev.cel.runtime.CelVariableResolver;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.ProductId;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a CEL rule sees, for one product at a time. Product maps are built once per product
 * and shared (a product is also an input of others); the activation of the product being judged is
 * kept while every CEL rule judges it, so N products × R rules costs N context builds, not N × R.
 * One instance serves one evaluation and is not thread-safe.
 */
public final class CelContext {

  private final MeshIndex mesh;
  private final Map<ProductId, Map<String, Object>> productMaps = new HashMap<>();
  private final Map<String, Map<String, Object>> domainMaps = new HashMap<>();
  private final Map<String, Object> meshMap;
  private Optional<ProductId> current = Optional.empty();
  private CelVariableResolver variables = name -> Optional.empty();

  public CelContext(MeshIndex mesh) {
    this.mesh = mesh;
    this.meshMap = Map.of("name", mesh.mesh().settings().name());
  }

  /**
   * The variables for {@code product} (product, domain, inputs, consumers, mesh, today) as a
   * resolver, which a program reads in place: given a map, CEL copies it into a new immutable map
   * on every evaluation (with 10,000 products and several rules, about 17 MB of garbage and a
   * stream per call). No value here is a bare number, the one thing the map route adapts (to CEL's
   * int and double).
   */
  CelVariableResolver variablesFor(DataProduct product) {
    if (current.filter(product.id()::equals).isEmpty()) {
      Map<String, Object> built = build(product);
      variables = name -> Optional.ofNullable(built.get(name));
      current = Optional.of(product.id());
    }
    return variables;
  }

  private Map<String, Object> build(DataProduct product) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (InputRef input : product.inputs()) {
      mesh.mesh().product(input.product()).map(this::productMap).ifPresent(inputs::add);
    }
    return Map.of(
        CelEnvironment.PRODUCT, productMap(product),
        CelEnvironment.DOMAIN, domainMap(product.id().domain()),
        CelEnvironment.INPUTS, List.copyOf(inputs),
        CelEnvironment.CONSUMERS, consumers(product),
        CelEnvironment.MESH, meshMap,
        CelEnvironment.TODAY, mesh.today().toString());
  }

  private Map<String, Object> productMap(DataProduct product) {
    return productMaps.computeIfAbsent(product.id(), id -> ProductMaps.of(product));
  }

  /** A domain the mesh does not declare (reported elsewhere) still has its name, nothing else. */
  private Map<String, Object> domainMap(String name) {
    return domainMaps.computeIfAbsent(
        name,
        n -> {
          Optional<Domain> domain = mesh.mesh().domain(n);
          return Map.of(
              "name", n,
              "description", domain.map(Domain::description).orElse(""),
              "owners", domain.map(Domain::owners).orElse(List.of()));
        });
  }

  /**
   * Everyone who reads the product: its explicit consumers (a consumer that names no domain is
   * taken to be in the product's domain, as the sensitiveData rule does) and the derived products
   * that list it as an input.
   */
  private List<Map<String, Object>> consumers(DataProduct product) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (Consumer c : product.access().consumers()) {
      all.add(
          Map.of(
              "principal", c.principal(),
              "domain", c.domain().orElse(product.id().domain()),
              "kind", "application"));
    }
    for (Reader reader : mesh.readersOf(product.id())) {
      String id = reader.product().id().toString();
      all.add(
          Map.of(
              "principal",
              id,
              "domain",
              reader.product().id().domain(),
              "kind",
              "product",
              "product",
              id));
    }
    return List.copyOf(all);
  }
}
