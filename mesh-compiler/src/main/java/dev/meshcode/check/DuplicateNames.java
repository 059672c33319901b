package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Environment;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names that must be unique: product ids, domains, policies, rule codes within a policy and
 * environments. Each later declaration is reported at its own {@code name}, pointing at the first.
 */
final class DuplicateNames implements MeshCheck {

  /** What is being named, for messages: a kind word, the code and the fix. */
  private record Kind(String code, String noun, String hint) {}

  private static final Kind PRODUCT =
      new Kind(
          CheckCodes.DUPLICATE_PRODUCT,
          "Product",
          "Rename or delete one of them: a product's name must be unique within its domain.");
  private static final Kind DOMAIN =
      new Kind(
          CheckCodes.DUPLICATE_DOMAIN,
          "Domain",
          "Merge the two Domain documents or rename one; each domain is declared once.");
  private static final Kind POLICY =
      new Kind(
          CheckCodes.DUPLICATE_POLICY,
          "Policy",
          "Rename one of the policies; rule codes and waivers refer to policies by name.");
  private static final Kind RULE =
      new Kind(
          CheckCodes.DUPLICATE_RULE,
          "Rule",
          "Give each rule of a policy its own id; waivers and diagnostics refer to rules by it.");
  private static final Kind ENVIRONMENT =
      new Kind(
          CheckCodes.DUPLICATE_ENVIRONMENT,
          "Environment",
          "Rename or delete one of the Environment documents; each is declared once.");

  @Override
  public List<Diagnostic> check(MeshView view) {
    List<Diagnostic> found = new ArrayList<>();
    found.addAll(
        duplicates(
            MeshView.byLocation(view.mesh().products()),
            p -> p.id().toString(),
            DuplicateNames::nameOf,
            PRODUCT));
    found.addAll(
        duplicates(view.mesh().domains(), Domain::name, d -> d.origin().locate("name"), DOMAIN));
    found.addAll(
        duplicates(
            view.mesh().policies(), PolicySpec::name, p -> p.origin().locate("name"), POLICY));
    for (PolicySpec policy : view.mesh().policies()) {
      found.addAll(duplicates(policy.rules(), Rule::code, Rule::location, RULE));
    }
    found.addAll(
        duplicates(
            view.mesh().environments(),
            Environment::name,
            e -> e.origin().locate("name"),
            ENVIRONMENT));
    return found;
  }

  private static SourceLocation nameOf(DataProduct p) {
    return p.origin().locate("name");
  }

  /** Reports every declaration after the first (by location) that has the same key. */
  private static <T> List<Diagnostic> duplicates(
      List<T> items, Function<T, String> key, Function<T, SourceLocation> at, Kind kind) {
    List<T> ordered = new ArrayList<>(items);
    ordered.sort((a, b) -> at.apply(a).compareTo(at.apply(b)));
    Map<String, SourceLocation> first = new HashMap<>();
    List<Diagnostic> found = new ArrayList<>();
    for (T item : ordered) {
      String name = key.apply(item);
      SourceLocation here = at.apply(item);
      SourceLocation earlier = first.putIfAbsent(name, here);
      if (earlier != null) {
        found.add(
            Diagnostic.error(
                    kind.code(),
                    here,
                    kind.noun() + " '" + name + "' is declared twice.",
                    kind.hint())
                .withDetail("It is first declared at " + earlier + "."));
      }
    }
    return found;
  }
}
