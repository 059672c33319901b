package dev.meshcode.policy.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelKind;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.rule.Compilation;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.List;

/**
 * A {@code cel} rule: compiled once, evaluated per product against {@link CelContext}. {@code true}
 * passes, {@code false} is a violation; any other outcome is the rule's fault ({@code cel-eval}),
 * reported at the expression so its author can fix it. A broken rule fails on most products, so
 * only the first {@value #FAULTS_SHOWN} faults are reported, then one line counting the rest.
 */
public final class CelRuleEvaluator implements RuleEvaluator {

  private static final String CONTEXT_HINT =
      "the variables are product, domain, inputs, consumers, mesh and today"
          + " (docs/policies-cel-context.md)";

  static final int FAULTS_SHOWN = 5;

  private final Rule rule;
  private final CelRuntime.Program program;
  private final CelContext context;
  private final SourceLocation expressionStart;
  private int faults;

  private CelRuleEvaluator(
      Rule rule, CelRuntime.Program program, CelContext context, SourceLocation expressionStart) {
    this.rule = rule;
    this.program = program;
    this.context = context;
    this.expressionStart = expressionStart;
  }

  /** Parses and type-checks the expression; any failure is a {@code cel-compile} error. */
  public static Compilation compile(Rule rule, RuleCheck.Cel cel, CelContext context) {
    ExpressionPositions positions = new ExpressionPositions(rule, cel);
    try {
      CelValidationResult result = CelEnvironment.COMPILER.compile(cel.expression());
      if (result.hasError()) {
        CelIssue first = result.getErrors().get(0);
        return notCompiled(
            rule,
            positions.of(first.getSourceLocation()),
            first.getMessage(),
            result.getErrors().size() > 1 ? result.getErrorString() : "");
      }
      CelAbstractSyntaxTree ast = result.getAst();
      CelKind kind = ast.getResultType().kind();
      if (kind != CelKind.BOOL && kind != CelKind.DYN) {
        return notCompiled(
            rule,
            positions.start(),
            "the expression yields " + ast.getResultType().name() + ", not bool",
            "");
      }
      CelRuntime.Program program = CelEnvironment.RUNTIME.createProgram(ast);
      return Compilation.ready(new CelRuleEvaluator(rule, program, context, positions.start()));
    } catch (CelValidationException | CelEvaluationException | RuntimeException e) {
      return notCompiled(rule, positions.start(), String.valueOf(e.getMessage()), "");
    }
  }

  private static Compilation notCompiled(
      Rule rule, SourceLocation at, String message, String detail) {
    Diagnostic d =
        Diagnostic.error(
                "cel-compile",
                at,
                "CEL rule " + rule.code() + " does not compile: " + clause(message) + ".",
                "Fix the expression; " + CONTEXT_HINT + ".")
            .withDetail(detail);
    return new Compilation.Rejected(List.of(d));
  }

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    Object result;
    try {
      result = program.eval(context.variablesFor(product));
    } catch (CelEvaluationException | RuntimeException e) {
      return fault(
          "CEL rule "
              + rule.code()
              + " failed on "
              + product.id()
              + ": "
              + clause(e.getMessage())
              + ".",
          "Guard optional fields with has(), for example has(product.schemas.value) && …; "
              + CONTEXT_HINT
              + ".");
    }
    if (Boolean.TRUE.equals(result)) {
      return List.of();
    }
    if (Boolean.FALSE.equals(result)) {
      return List.of(violation(product));
    }
    return fault(
        "CEL rule "
            + rule.code()
            + " returned "
            + describe(result)
            + " for "
            + product.id()
            + ", not a bool.",
        "Make the expression yield true or false, for example by comparing the value with ==.");
  }

  private Violation violation(DataProduct product) {
    return new Violation(
        product.id() + " fails CEL rule " + rule.code() + ".",
        "Change the product so the rule holds"
            + (rule.description().isBlank() ? "" : " (" + rule.description() + ")")
            + ", or add a waiver for "
            + rule.code()
            + " with a reason.",
        product.origin().start());
  }

  private List<Finding> fault(String summary, String hint) {
    faults++;
    if (faults > FAULTS_SHOWN) {
      return List.of();
    }
    return List.of(new Finding.Fault(Diagnostic.error("cel-eval", expressionStart, summary, hint)));
  }

  @Override
  public List<Diagnostic> finish() {
    if (faults <= FAULTS_SHOWN) {
      return List.of();
    }
    int more = faults - FAULTS_SHOWN;
    return List.of(
        Diagnostic.error(
            "cel-eval",
            expressionStart,
            "CEL rule " + rule.code() + " also failed on " + more + " more products.",
            "Fix the expression; the first failures say why."));
  }

  /** CEL's messages may end with a period; ours add one. */
  private static String clause(String message) {
    String m = String.valueOf(message).strip();
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    String type = value instanceof String ? "string" : value.getClass().getSimpleName();
    return type + " " + (value instanceof String ? "\"" + shown + "\"" : shown);
  }
}
