package dev.meshcode.policy.rule;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import java.util.List;

/**
 * One compiled policy rule. The engine calls it once for every product the rule's selector matches;
 * it returns what it found, never throws for anything a descriptor can contain.
 */
public interface RuleEvaluator {

  List<Finding> evaluate(DataProduct product, MeshIndex mesh);

  /**
   * Called once after every product was judged: diagnostics about the rule's whole run (never
   * violations, which belong to a product and its waivers).
   */
  default List<Diagnostic> finish() {
    return List.of();
  }
}
