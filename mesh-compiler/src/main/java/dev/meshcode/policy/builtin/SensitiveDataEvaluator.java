package dev.meshcode.policy.builtin;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.Reader;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sensitiveData}: products carrying the tag must have at least the required quality, and
 * every reader from another domain needs the owner's grant for that domain. Readers are the
 * explicit consumers that name a different {@code domain} (a consumer without one is taken to be
 * in-domain) and the derived products of other domains that list the product as an input; each
 * violation points at the reader's declaration, since that is the line a reviewer must see.
 */
public record SensitiveDataEvaluator(RuleCheck.SensitiveData check) implements RuleEvaluator {

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    if (!product.tags().contains(check.tag())) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    check
        .requireQuality()
        .filter(q -> !product.quality().atLeast(q))
        .ifPresent(
            q ->
                found.add(
                    new Violation(
                        product.id()
                            + " is tagged "
                            + check.tag()
                            + " but has quality "
                            + product.quality().label()
                            + ", below the required "
                            + q.label()
                            + ".",
                        "Raise quality to " + q.label() + " (or better) once the data is.",
                        Fields.at(product, "quality"))));
    if (check.crossDomainRequiresGrant()) {
      consumersWithoutGrant(product, found);
      readersWithoutGrant(product, mesh, found);
    }
    return found;
  }

  private void consumersWithoutGrant(DataProduct product, List<Finding> found) {
    List<Consumer> consumers = product.access().consumers();
    for (int i = 0; i < consumers.size(); i++) {
      Consumer consumer = consumers.get(i);
      String domain = consumer.domain().orElse(product.id().domain());
      if (!domain.equals(product.id().domain()) && !product.access().grants(domain)) {
        found.add(
            ungranted(
                product,
                consumer.principal() + " of domain " + domain,
                domain,
                Fields.exactly(product, "access/consumers/" + i, consumer.location())));
      }
    }
  }

  private void readersWithoutGrant(DataProduct product, MeshIndex mesh, List<Finding> found) {
    for (Reader reader : mesh.readersOf(product.id())) {
      String domain = reader.product().id().domain();
      if (!domain.equals(product.id().domain()) && !product.access().grants(domain)) {
        found.add(
            ungranted(
                product, "derived product " + reader.product().id(), domain, reader.location()));
      }
    }
  }

  private Violation ungranted(DataProduct product, String who, String domain, SourceLocation at) {
    return new Violation(
        who
            + " reads "
            + check.tag()
            + " product "
            + product.id()
            + ", but "
            + product.id()
            + " grants no access to domain "
            + domain
            + ".",
        "Have the owner of "
            + product.id()
            + " add access.grants: [{domain: "
            + domain
            + ", reason: ...}], or stop reading it from "
            + domain
            + ".",
        at);
  }
}
