package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Rule;
import dev.meshcode.policy.cel.CelContext;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.MeshIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the mesh's governance policies. Every rule is compiled once (a rule that does not
 * compile is reported and skipped), then judged against every product its selector matches, one
 * product at a time so that context built for a product is shared by all its rules. The work is
 * linear in products × rules; nothing scans the mesh per product.
 */
public final class PolicyEngine {

  /**
   * @param today decides which waivers have expired
   */
  public Diagnostics evaluate(Mesh mesh, LocalDate today) {
    MeshIndex index = new MeshIndex(mesh, today);
    CompiledRules rules = new RuleCompiler(new CelContext(index)).compile(mesh.policies());
    WaiverJudge waivers = new WaiverJudge(rules, today);
    List<Diagnostic> out = new ArrayList<>(rules.problems());
    for (DataProduct product : mesh.products()) {
      List<Diagnostic> violations = new ArrayList<>();
      for (CompiledRules.Compiled compiled : rules.ready()) {
        if (compiled.rule().selector().matches(product)) {
          List<Finding> found = compiled.evaluator().evaluate(product, index);
          route(compiled.rule(), found, violations, out);
        }
      }
      out.addAll(waivers.judge(product, violations));
    }
    rules.ready().forEach(compiled -> out.addAll(compiled.evaluator().finish()));
    return Diagnostics.of(out);
  }

  /** Violations go to {@code violations}, for the product's waivers; faults straight out. */
  private static void route(
      Rule rule, List<Finding> found, List<Diagnostic> violations, List<Diagnostic> out) {
    for (Finding finding : found) {
      if (finding instanceof Finding.Violation v) {
        violations.add(ViolationReport.of(rule, v));
      } else if (finding instanceof Finding.Fault f) {
        out.add(f.diagnostic());
      }
    }
  }
}
