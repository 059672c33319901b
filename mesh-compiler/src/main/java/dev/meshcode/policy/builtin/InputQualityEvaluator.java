package dev.meshcode.policy.builtin;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Quality;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code inputQuality}: each input of a derived product has an allowed quality. Inputs that do not
 * resolve are skipped: the reference check reports them, and one mistake should make one error.
 */
public record InputQualityEvaluator(RuleCheck.InputQuality check) implements RuleEvaluator {

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    for (int i = 0; i < product.inputs().size(); i++) {
      Optional<DataProduct> input = mesh.mesh().product(product.inputs().get(i).product());
      if (input.isPresent() && !check.allowed().contains(input.get().quality())) {
        found.add(violation(product, input.get(), Fields.input(product, i)));
      }
    }
    return found;
  }

  private Violation violation(DataProduct product, DataProduct input, SourceLocation at) {
    String allowed =
        check.allowed().stream()
            .sorted()
            .map(Quality::label)
            .collect(Collectors.joining(", ", "[", "]"));
    return new Violation(
        product.id()
            + " derives from "
            + input.id()
            + " of quality "
            + input.quality().label()
            + ", which is not one of the allowed input qualities "
            + allowed
            + ".",
        "Derive from a product of quality "
            + allowed
            + ", or raise the quality of "
            + input.id()
            + ".",
        at);
  }
}
