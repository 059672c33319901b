package dev.meshcode.check;

import static dev.meshcode.testing.MeshFixtures.at;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Origin;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.util.List;
import java.util.Map;

/** Origins with field locations, and a shortcut to run the checker, for the check tests. */
final class CheckTesting {

  private CheckTesting() {}

  static String file(String domain, String name) {
    return "domains/" + domain + "/" + name + "/product.yaml";
  }

  /** Each field on its own line, so a test can tell which field a diagnostic points at. */
  static Origin origin(String domain, String name) {
    return originIn(file(domain, name));
  }

  static Origin originIn(String f) {
    return new Origin(
        at(f, 1),
        Map.ofEntries(
            Map.entry("name", new SourceLocation(f, 3, 7)),
            Map.entry("domain", new SourceLocation(f, 4, 9)),
            Map.entry("owner", new SourceLocation(f, 5, 8)),
            Map.entry("lifecycle/sunset", new SourceLocation(f, 8, 11)),
            Map.entry("lifecycle/replacedBy", new SourceLocation(f, 9, 15)),
            Map.entry("topic/name", new SourceLocation(f, 12, 9)),
            Map.entry("topic/configs/min.insync.replicas", new SourceLocation(f, 15, 26)),
            Map.entry("schemas/value/subject", new SourceLocation(f, 20, 14)),
            Map.entry("access/grants/0/domain", new SourceLocation(f, 30, 15)),
            Map.entry("access/consumers/1/domain", new SourceLocation(f, 33, 15)),
            Map.entry("inputs", new SourceLocation(f, 40, 1))));
  }

  static ProductBuilder product(String domain, String name) {
    return ProductBuilder.product(domain, name).origin(origin(domain, name));
  }

  static List<Diagnostic> check(DataProduct... products) {
    return new ReferenceChecker().check(MeshFixtures.mesh(List.of(products), List.of())).all();
  }

  static List<Diagnostic> check(List<Domain> domains, DataProduct... products) {
    Mesh mesh = new Mesh(MeshFixtures.settings(), domains, List.of(products), List.of(), List.of());
    return new ReferenceChecker().check(mesh).all();
  }
}
