package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.Origin;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds checked documents of every kind but {@code Mesh} into model records. A document whose
 * binding found a problem (an impossible date, a missing schema file) is left out of the mesh, so
 * later checks never see half-bound data.
 */
final class DocumentBinder {

  private final ProductBinder products;

  /**
   * One string per field path for the whole load: 10,000 products share {@code topic/partitions}
   * instead of keeping 10,000 copies in their origins.
   */
  private final Map<String, String> paths = new ConcurrentHashMap<>();

  DocumentBinder(MeshSettings settings, FileResolver files) {
    this.products = new ProductBinder(settings, new ReferencedFiles(files));
  }

  void bind(DocumentChecker.Checked checked, MeshParts into) {
    Fields root = checked.root();
    Origin origin = checked.document().index().origin(paths);
    try {
      bind(checked.kind(), root, origin, into);
    } catch (RuntimeException e) {
      // A gap between schema and binder must never crash the build; report it instead.
      into.problems.add(
          Diagnostic.error(
              "descriptor-unbindable",
              checked.document().index().start(),
              "This "
                  + checked.kind().spelling()
                  + " passed its schema but could not be bound ("
                  + e.getClass().getSimpleName()
                  + ").",
              "This is a meshcode bug; please report it with the descriptor."));
    }
  }

  private void bind(Kind kind, Fields root, Origin origin, MeshParts into) {
    MeshParts bound = new MeshParts();
    switch (kind) {
      case DOMAIN:
        bound.domains.add(DomainBinder.bind(root, origin));
        break;
      case DATA_PRODUCT:
        bound.products.add(products.bind(root, origin));
        break;
      case POLICY:
        bound.policies.add(PolicyBinder.bind(root, origin));
        break;
      case ENVIRONMENT:
        bound.environments.add(EnvironmentBinder.bind(root, origin));
        break;
      default:
        return;
    }
    if (root.source().problems().isEmpty()) {
      into.addAll(bound);
    } else {
      into.problems.addAll(root.source().problems());
      into.reject(kind, root.optText("domain"), root.optText("name"));
    }
  }
}
