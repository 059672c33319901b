package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Environment;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.PolicySpec;
import java.util.ArrayList;
import java.util.List;

/** What the documents of one or more files bound to, and the problems found; merged in order. */
final class MeshParts {

  final List<Domain> domains = new ArrayList<>();
  final List<DataProduct> products = new ArrayList<>();
  final List<PolicySpec> policies = new ArrayList<>();
  final List<Environment> environments = new ArrayList<>();
  final List<Diagnostic> problems = new ArrayList<>();

  void addAll(MeshParts other) {
    domains.addAll(other.domains);
    products.addAll(other.products);
    policies.addAll(other.policies);
    environments.addAll(other.environments);
    problems.addAll(other.problems);
  }

  Mesh toMesh(MeshSettings settings) {
    return new Mesh(settings, domains, products, policies, environments);
  }
}
