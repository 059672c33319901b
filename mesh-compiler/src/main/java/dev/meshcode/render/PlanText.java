package dev.meshcode.render;

import static java.util.stream.Collectors.joining;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanSummary;
import dev.meshcode.plan.ResourceChange;
import java.util.List;

/**
 * A plan as console text, in the conventions engineers know from Terraform: {@code +} create,
 * {@code ~} update, {@code -/+} replace, {@code -} delete, one block per resource with its
 * attribute lines, then a summary line. No colour codes: colour is the caller's business.
 */
public final class PlanText {

  public static final String PROBLEMS = "Problems:";
  static final String NO_CHANGES = "No changes. Live state matches the mesh.";
  static final String BLOCKED = "No changes planned: fix the errors above, then plan again.";

  public String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    if (!plan.diagnostics().isEmpty()) {
      out.append(PROBLEMS).append('\n');
      plan.diagnostics().all().forEach(d -> diagnostic(out, d));
      out.append('\n');
    }
    return out.append(changes(plan)).toString();
  }

  /** One plan diagnostic as {@link #render} shows it, for hosts that log each at its severity. */
  public String problem(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    diagnostic(out, d);
    return out.toString();
  }

  /** What {@link #render} shows after the problems: the changes and the summary line. */
  public String changes(Plan plan) {
    StringBuilder out = new StringBuilder();
    if (plan.isEmpty()) {
      return out.append(emptyLine(plan)).append('\n').toString();
    }
    out.append("meshcode will perform the following actions:\n\n");
    changes(out, plan.changes());
    return out.append(summaryLine(plan.summary())).append('\n').toString();
  }

  /** The blocks of {@code changes}, each followed by an empty line. */
  static void changes(StringBuilder out, List<ResourceChange> changes) {
    for (ResourceChange change : changes) {
      block(out, change);
      out.append('\n');
    }
  }

  /** An empty plan with errors does not mean the live state matches: something was refused. */
  static String emptyLine(Plan plan) {
    return plan.diagnostics().hasErrors() ? BLOCKED : NO_CHANGES;
  }

  static String summaryLine(PlanSummary s) {
    return "Plan: "
        + s.create()
        + " to create, "
        + s.update()
        + " to update, "
        + s.replace()
        + " to replace, "
        + s.delete()
        + " to delete.";
  }

  private static void block(StringBuilder out, ResourceChange change) {
    String product = change.product().map(p -> p + ": ").orElse("");
    out.append(change.action().symbol())
        .append(' ')
        .append(change.address())
        .append("  (")
        .append(product)
        .append(change.reason().description())
        .append(")\n");
    if (change.action() != Action.DELETE) {
      change.attributeChanges().forEach(a -> attribute(out, change.action(), a));
    }
    change.compatibility().ifPresent(v -> out.append("    ").append(verdict(v)).append('\n'));
    if (!change.downstream().isEmpty()) {
      out.append("    downstream: ")
          .append(change.downstream().stream().map(Object::toString).collect(joining(", ")))
          .append('\n');
    }
  }

  private static void attribute(StringBuilder out, Action action, AttributeChange change) {
    String before = change.before().orElse("(unset)");
    String after = change.after().orElse("(unset)");
    out.append("    ").append(change.name()).append(':');
    if (before.contains("\n") || after.contains("\n")) {
      // a multi-line value (a Protobuf schema): whole lines, old ones marked -, new ones +
      override(out, change);
      out.append('\n');
      if (action != Action.CREATE) {
        lines(out, "      - ", before);
      }
      lines(out, action == Action.CREATE ? "        " : "      + ", after);
      return;
    }
    out.append(' ');
    if (action != Action.CREATE) {
      out.append(shown(before)).append(" → ");
    }
    out.append(shown(after));
    override(out, change);
    out.append('\n');
  }

  private static void override(StringBuilder out, AttributeChange change) {
    change.overriddenBy().ifPresent(o -> out.append("  (override: ").append(o).append(')'));
  }

  private static void lines(StringBuilder out, String marker, String value) {
    for (String line : value.strip().split("\n", -1)) {
      out.append((marker + line).stripTrailing()).append('\n');
    }
  }

  /** An empty value would be invisible: it shows as {@code ""}. */
  private static String shown(String value) {
    return value.isEmpty() ? "\"\"" : value;
  }

  static String verdict(CompatibilityVerdict v) {
    String level = v.level().isEmpty() ? "" : " at " + v.level();
    String result = v.compatible() ? "compatible" : "INCOMPATIBLE";
    String reasons = v.messages().isEmpty() ? "" : ": " + String.join("; ", v.messages());
    return "compatibility: " + result + level + " (" + v.source().label() + ")" + reasons;
  }

  private static void diagnostic(StringBuilder out, Diagnostic d) {
    out.append("  ")
        .append(d.severity().label())
        .append('[')
        .append(d.code())
        .append("] ")
        .append(d.location().map(l -> l + ": ").orElse(""))
        .append(d.summary())
        .append('\n');
    if (!d.detail().isEmpty()) {
      out.append("      ").append(d.detail().replace("\n", "\n      ")).append('\n');
    }
    if (!d.hint().isEmpty()) {
      out.append("      hint: ").append(d.hint()).append('\n');
    }
  }
}
