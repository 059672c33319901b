package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Grant;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a product says about others, except its inputs: its domain and owner, its replacement, the
 * domains in its access list, and whether its lifecycle dates fit its stage.
 */
final class ProductReferences implements MeshCheck {

  @Override
  public List<Diagnostic> check(MeshView view) {
    List<Diagnostic> found = new ArrayList<>();
    for (DataProduct p : view.uniqueProducts()) {
      domainAndOwner(view, p).ifPresent(found::add);
      replacement(view, p).ifPresent(found::add);
      sunset(p).ifPresent(found::add);
      found.addAll(accessDomains(view, p));
    }
    return found;
  }

  private static Optional<Diagnostic> domainAndOwner(MeshView view, DataProduct p) {
    Optional<Domain> domain = view.domain(p.id().domain());
    if (domain.isEmpty()) {
      // A domain whose own descriptor has errors exists; those errors are reported already.
      return view.mesh().rejected().domains().contains(p.id().domain())
          ? Optional.empty()
          : Optional.of(unknownDomain(view, p));
    }
    if (domain.get().owners().contains(p.owner())) {
      return Optional.empty();
    }
    return Optional.of(unknownOwner(p, domain.get()));
  }

  private static Diagnostic unknownDomain(MeshView view, DataProduct p) {
    String name = p.id().domain();
    return Diagnostic.error(
        CheckCodes.UNKNOWN_DOMAIN,
        p.origin().locate("domain"),
        "Product "
            + p.id()
            + " belongs to domain '"
            + name
            + "', which is not declared."
            + DidYouMean.sentence(DidYouMean.closest(name, view.domainNames())),
        "Fix the product's 'domain', or declare the domain in a Domain document (domains/"
            + name
            + "/domain.yaml).");
  }

  private static Diagnostic unknownOwner(DataProduct p, Domain domain) {
    return Diagnostic.error(
            CheckCodes.UNKNOWN_OWNER,
            p.origin().locate("owner"),
            "Owner '"
                + p.owner()
                + "' of product "
                + p.id()
                + " is not an owner of domain '"
                + domain.name()
                + "' (allowed: "
                + String.join(", ", domain.owners())
                + ")."
                + DidYouMean.sentence(DidYouMean.closest(p.owner(), domain.owners())),
            "Set 'owner' to one of the domain's owners, or add the team to the domain's"
                + " 'owners'.")
        .withDetail(
            "The domain's owners are declared at " + domain.origin().locate("owners") + ".");
  }

  private static Optional<Diagnostic> replacement(MeshView view, DataProduct p) {
    Optional<ProductId> replacedBy = p.lifecycle().replacedBy();
    if (replacedBy.isEmpty()
        || view.product(replacedBy.get()).isPresent()
        || view.mesh().rejected().products().contains(replacedBy.get())) {
      return Optional.empty();
    }
    ProductId missing = replacedBy.get();
    return Optional.of(
        Diagnostic.error(
            CheckCodes.UNKNOWN_REPLACEMENT,
            p.origin().locate("lifecycle/replacedBy"),
            "Product "
                + p.id()
                + " is replaced by "
                + missing
                + ", which is not in the mesh."
                + DidYouMean.sentence(ProductNames.closest(view, missing)),
            "Name an existing product as 'lifecycle.replacedBy' (written domain.product)."));
  }

  private static Optional<Diagnostic> sunset(DataProduct p) {
    Lifecycle lifecycle = p.lifecycle();
    Stage stage = lifecycle.stage();
    if (lifecycle.sunset().isEmpty() || stage == Stage.DEPRECATED || stage == Stage.RETIRED) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.warning(
            CheckCodes.SUNSET_WITHOUT_DEPRECATION,
            p.origin().locate("lifecycle/sunset"),
            "Product "
                + p.id()
                + " has a sunset date ("
                + lifecycle.sunset().get()
                + ") but its stage is "
                + stage.label()
                + ", not deprecated.",
            "Set 'lifecycle.stage: deprecated' to announce the sunset to consumers, or remove"
                + " 'lifecycle.sunset'."));
  }

  private static List<Diagnostic> accessDomains(MeshView view, DataProduct p) {
    List<Diagnostic> found = new ArrayList<>();
    List<Grant> grants = p.access().grants();
    for (int i = 0; i < grants.size(); i++) {
      Grant g = grants.get(i);
      SourceLocation at =
          MeshView.field(p.origin(), "access/grants/" + i + "/domain", g.location());
      unknownDomain(view, p, g.domain(), at, CheckCodes.UNKNOWN_GRANT_DOMAIN, "grants access to")
          .ifPresent(found::add);
    }
    List<Consumer> consumers = p.access().consumers();
    for (int i = 0; i < consumers.size(); i++) {
      Consumer c = consumers.get(i);
      if (c.domain().isPresent()) {
        SourceLocation at =
            MeshView.field(p.origin(), "access/consumers/" + i + "/domain", c.location());
        String what = "has consumer " + c.principal() + " in";
        unknownDomain(view, p, c.domain().get(), at, CheckCodes.UNKNOWN_CONSUMER_DOMAIN, what)
            .ifPresent(found::add);
      }
    }
    return found;
  }

  private static Optional<Diagnostic> unknownDomain(
      MeshView view, DataProduct p, String domain, SourceLocation at, String code, String what) {
    if (view.domain(domain).isPresent() || view.mesh().rejected().domains().contains(domain)) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.warning(
            code,
            at,
            "Product "
                + p.id()
                + " "
                + what
                + " domain '"
                + domain
                + "', which is not declared."
                + DidYouMean.sentence(DidYouMean.closest(domain, view.domainNames())),
            "Use the name of a declared domain; access rules for an unknown domain never match."));
  }
}
