package dev.meshcode.check;

import dev.meshcode.diag.DidYouMean;
import dev.meshcode.model.ProductId;
import java.util.Optional;

/**
 * "Did you mean" for product ids. Looks only inside one domain (the written one, or the nearest
 * declared one), so a suggestion costs the size of a domain, never of the whole mesh.
 */
final class ProductNames {

  private ProductNames() {}

  static Optional<String> closest(MeshView view, ProductId missing) {
    if (!view.spendProductSuggestion()) {
      return Optional.empty();
    }
    String domain = missing.domain();
    if (view.domain(domain).isEmpty() && view.productNames(domain).isEmpty()) {
      Optional<String> nearDomain = DidYouMean.closest(domain, view.domainNames());
      if (nearDomain.isEmpty()) {
        return Optional.empty();
      }
      domain = nearDomain.get();
    }
    String chosen = domain;
    if (view.productNames(chosen).contains(missing.name())) {
      return Optional.of(chosen + "." + missing.name());
    }
    return DidYouMean.closest(missing.name(), view.productNames(chosen)).map(n -> chosen + "." + n);
  }
}
