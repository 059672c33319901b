package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Environment;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.ProductId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the documents of one or more files bound to, and the problems found; merged in order. */
final class MeshParts {

  final List<Domain> domains = new ArrayList<>();
  final List<DataProduct> products = new ArrayList<>();
  final List<PolicySpec> policies = new ArrayList<>();
  final List<Environment> environments = new ArrayList<>();
  final List<Diagnostic> problems = new ArrayList<>();
  final Set<ProductId> rejectedProducts = new TreeSet<>();
  final Set<String> rejectedDomains = new TreeSet<>();

  void addAll(MeshParts other) {
    domains.addAll(other.domains);
    products.addAll(other.products);
    policies.addAll(other.policies);
    environments.addAll(other.environments);
    problems.addAll(other.problems);
    rejectedProducts.addAll(other.rejectedProducts);
    rejectedDomains.addAll(other.rejectedDomains);
  }

  /** Remembers the name a document declared although it was left out for its errors. */
  void reject(Kind kind, Optional<String> domain, Optional<String> name) {
    if (kind == Kind.DATA_PRODUCT && domain.isPresent() && name.isPresent()) {
      rejectedProducts.add(new ProductId(domain.get(), name.get()));
    } else if (kind == Kind.DOMAIN && name.isPresent()) {
      rejectedDomains.add(name.get());
    }
  }

  Mesh toMesh(MeshSettings settings) {
    return new Mesh(
        settings,
        domains,
        products,
        policies,
        environments,
        new Mesh.Rejected(rejectedProducts, rejectedDomains));
  }
}
