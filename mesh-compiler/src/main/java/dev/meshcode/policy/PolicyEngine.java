package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Rule;
import dev.meshcode.policy.cel.CelContext;
import dev.meshcode.policy.cel.CelRuleEvaluator;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.MeshIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Evaluates the mesh's governance policies. Every rule is compiled once (a rule that does not
 * compile is reported and skipped), then judged against every product its selector matches, one
 * product at a time so that context built for a product is shared by all its rules. The work is
 * linear in products × rules; nothing scans the mesh per product.
 */
public final class PolicyEngine {

  private static final AtomicBoolean WARMING = new AtomicBoolean();

  /**
   * Starts building the CEL compiler and runtime on a background thread: about a thousand classes
   * (CEL, protobuf, Guava, ANTLR) load while the descriptors do, instead of after them. Idempotent
   * and harmless when no rule uses CEL; a failure here resurfaces, with its cause, where a CEL rule
   * is compiled.
   */
  public static void prepareInBackground() {
    if (WARMING.compareAndSet(false, true)) {
      Thread warm = new Thread(CelRuleEvaluator::prepare, "meshcode-cel-warm-up");
      warm.setDaemon(true);
      warm.start();
    }
  }

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
