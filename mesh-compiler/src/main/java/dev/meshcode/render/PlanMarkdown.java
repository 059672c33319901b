package dev.meshcode.render;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanSummary;
import dev.meshcode.plan.ResourceChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan as a pull-request comment: problems first (with {@code file:line}), a summary table by
 * product and action, then one collapsible section per product with its changes in the console
 * notation and the compatibility verdicts of its schemas.
 */
public final class PlanMarkdown {

  /** Resources no product declares (shared referenced schemas, orphans) are listed under this. */
  static final String NO_PRODUCT = "(no product)";

  public String render(Plan plan) {
    StringBuilder out = new StringBuilder("## meshcode plan\n\n");
    if (!plan.diagnostics().isEmpty()) {
      problems(out, plan);
    }
    if (plan.isEmpty()) {
      return out.append("**").append(PlanText.emptyLine(plan)).append("**\n").toString();
    }
    out.append("**").append(PlanText.summaryLine(plan.summary())).append("**\n\n");
    Map<String, List<ResourceChange>> byProduct = byProduct(plan.changes());
    table(out, byProduct);
    byProduct.forEach((product, changes) -> details(out, product, changes));
    return out.toString();
  }

  private static void problems(StringBuilder out, Plan plan) {
    out.append(
        "### Problems\n\n| severity | code | where | problem |\n| --- | --- | --- | --- |\n");
    for (Diagnostic d : plan.diagnostics().all()) {
      out.append("| ")
          .append(d.severity().label())
          .append(" | `")
          .append(d.code())
          .append("` | ")
          .append(d.location().map(l -> "`" + l + "`").orElse(""))
          .append(" | ")
          .append(cell(String.join("\n", nonEmpty(d.summary(), d.detail(), d.hint()))))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void table(StringBuilder out, Map<String, List<ResourceChange>> byProduct) {
    out.append("| product | create | update | replace | delete |\n");
    out.append("| --- | ---: | ---: | ---: | ---: |\n");
    byProduct.forEach(
        (product, changes) -> {
          PlanSummary s = PlanSummary.of(changes);
          out.append("| ")
              .append(cell(product))
              .append(" | ")
              .append(s.create())
              .append(" | ")
              .append(s.update())
              .append(" | ")
              .append(s.replace())
              .append(" | ")
              .append(s.delete())
              .append(" |\n");
        });
    out.append('\n');
  }

  private static void details(StringBuilder out, String product, List<ResourceChange> changes) {
    PlanSummary s = PlanSummary.of(changes);
    String counts =
        String.join(
            ", ",
            nonEmpty(
                count(s.create(), "create"),
                count(s.update(), "update"),
                count(s.replace(), "replace"),
                count(s.delete(), "delete")));
    out.append("<details><summary><b>")
        .append(html(product))
        .append("</b>: ")
        .append(counts)
        .append("</summary>\n\n```\n");
    StringBuilder block = new StringBuilder();
    PlanText.changes(block, changes);
    out.append(block.toString().stripTrailing().replace("```", "`\u200b``"));
    out.append("\n```\n\n</details>\n\n");
  }

  private static Map<String, List<ResourceChange>> byProduct(List<ResourceChange> changes) {
    Map<String, List<ResourceChange>> grouped = new TreeMap<>(PlanMarkdown::productOrder);
    for (ResourceChange change : changes) {
      String key = change.product().map(Object::toString).orElse(NO_PRODUCT);
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
    }
    return grouped;
  }

  private static int productOrder(String a, String b) {
    boolean aNone = a.equals(NO_PRODUCT);
    boolean bNone = b.equals(NO_PRODUCT);
    return aNone == bNone ? a.compareTo(b) : aNone ? 1 : -1;
  }

  private static String count(int n, String action) {
    return n == 0 ? "" : n + " to " + action;
  }

  private static List<String> nonEmpty(String... parts) {
    return Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
  }

  private static String cell(String text) {
    return html(text).replace("|", "\\|").replace("\n", "<br>");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
