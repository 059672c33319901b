package dev.meshcode.policy.builtin;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code compatibility}: every schema of the product (key and value) uses an allowed level. The
 * level judged is the effective one, so a mesh default counts as much as a written value.
 */
public record CompatibilityEvaluator(RuleCheck.CompatibilityLevels check) implements RuleEvaluator {

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    String allowed = new TreeSet<>(check.allowed()).toString();
    for (SchemaSpec schema : product.schemas()) {
      Compatibility level = schema.compatibility();
      if (!check.allowed().contains(level)) {
        String role = schema.role().label();
        found.add(
            new Violation(
                "The "
                    + role
                    + " schema of "
                    + product.id()
                    + " has compatibility "
                    + level
                    + ", which is not one of the allowed levels "
                    + allowed
                    + ".",
                "Set schemas." + role + ".compatibility to one of " + allowed + ".",
                Fields.schemaField(product, schema, "compatibility")));
      }
    }
    return found;
  }
}
