package dev.meshcode.render;

import dev.meshcode.compat.Incompatibility;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.ProductId;
import dev.meshcode.review.ChangedAttribute;
import dev.meshcode.review.ProductReview;
import dev.meshcode.review.ProductStatus;
import dev.meshcode.review.Review;
import dev.meshcode.review.SchemaVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A review as one pull-request comment ({@code target/mesh/review.md}): a summary table of the
 * changed products by status, the violations with {@code file:line}, the breaking schema changes
 * with field paths, the downstream impact, one collapsible section per product, and the live plan
 * when there is one, so a pull request gets one comment, not two. Deterministic: sorted, no
 * timestamps.
 */
public final class ReviewMarkdown {

  private static final Comparator<ProductReview> BY_STATUS =
      Comparator.comparing(ProductReview::status).thenComparing(ProductReview::id);

  /**
   * @param plan the Markdown of the live plan ({@link PlanMarkdown}), embedded under its own
   *     heading; empty when no plan was made
   */
  public String render(Review review, Optional<String> plan) {
    StringBuilder out = new StringBuilder("## meshcode review\n\n");
    out.append(headline(review)).append("\n\n");
    List<ProductReview> products = review.products().stream().sorted(BY_STATUS).toList();
    if (!products.isEmpty()) {
      table(out, products);
    }
    if (!review.findings().isEmpty()) {
      violations(out, review.findings().all());
    }
    breaking(out, products);
    impact(out, products);
    products.forEach(p -> details(out, p));
    plan.ifPresent(p -> embed(out, p));
    return out.toString().stripTrailing() + "\n";
  }

  private static String headline(Review review) {
    long errors = review.findings().count(Severity.ERROR);
    long warnings = review.findings().count(Severity.WARNING);
    String base = "Compared with " + review.base() + ": ";
    if (review.products().isEmpty() && review.findings().isEmpty()) {
      return base + "no product changes.";
    }
    return base
        + plural(review.files(), "file")
        + " changed, "
        + plural(review.products().size(), "product")
        + " affected. **"
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + ".**";
  }

  private static void table(StringBuilder out, List<ProductReview> products) {
    out.append("| product | status | schemas | downstream |\n| --- | --- | --- | --- |\n");
    for (ProductReview p : products) {
      out.append("| `")
          .append(p.id())
          .append("` | ")
          .append(p.status().label())
          .append(" | ")
          .append(cell(verdictWord(p)))
          .append(" | ")
          .append(cell(downstreamCount(p)))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void violations(StringBuilder out, List<Diagnostic> findings) {
    out.append("### Violations\n\n");
    out.append("| severity | code | where | problem |\n| --- | --- | --- | --- |\n");
    for (Diagnostic d : findings) {
      out.append("| ")
          .append(d.severity().label())
          .append(" | `")
          .append(d.code())
          .append("` | ")
          .append(d.location().map(l -> code(l.toString())).orElse(""))
          .append(" | ")
          .append(cell(String.join("\n", nonEmpty(d.summary(), d.detail(), hint(d)))))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void breaking(StringBuilder out, List<ProductReview> products) {
    List<ProductReview> breaking =
        products.stream().filter(ProductReview::breaking).sorted(byId()).toList();
    if (breaking.isEmpty()) {
      return;
    }
    out.append("### Breaking schema changes\n\n");
    out.append("| product | schema | level | field | reason |\n| --- | --- | --- | --- | --- |\n");
    for (ProductReview p : breaking) {
      for (SchemaVerdict v : p.verdicts()) {
        for (Incompatibility i : v.incompatibilities()) {
          out.append("| `")
              .append(p.id())
              .append("` | ")
              .append(v.role().label() + " " + code(v.subject()))
              .append(" | ")
              .append(v.level().name())
              .append(" | ")
              .append(i.path().isEmpty() ? "" : code(i.path()))
              .append(" | ")
              .append(cell(i.reason()))
              .append(" |\n");
        }
      }
    }
    out.append('\n');
  }

  private static void impact(StringBuilder out, List<ProductReview> products) {
    List<ProductReview> affected =
        products.stream().filter(p -> !p.impact().isEmpty()).sorted(byId()).toList();
    if (affected.isEmpty()) {
      return;
    }
    out.append("### Downstream impact\n\n");
    out.append("| product | status | derived products | consumers |\n| --- | --- | --- | --- |\n");
    for (ProductReview p : affected) {
      out.append("| `")
          .append(p.id())
          .append("` | ")
          .append(p.status().label())
          .append(" | ")
          .append(codes(p.impact().derived().stream().map(ProductId::toString).toList()))
          .append(" | ")
          .append(codes(p.impact().consumers()))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void details(StringBuilder out, ProductReview p) {
    out.append("<details><summary><b>")
        .append(html(p.id().toString()))
        .append("</b>: ")
        .append(html(summaryLine(p)))
        .append("</summary>\n\n");
    out.append(p.status() == ProductStatus.REMOVED ? "Descriptor in the base: `" : "Descriptor: `")
        .append(p.file())
        .append("`\n\n");
    if (!p.changes().isEmpty()) {
      out.append("| attribute | base | head |\n| --- | --- | --- |\n");
      for (ChangedAttribute c : p.changes()) {
        out.append("| `")
            .append(c.name())
            .append("` | ")
            .append(value(c.before()))
            .append(" | ")
            .append(value(c.after()))
            .append(" |\n");
      }
      out.append('\n');
    }
    for (SchemaVerdict v : p.verdicts()) {
      out.append("- ").append(verdictLine(v)).append('\n');
    }
    if (!p.verdicts().isEmpty()) {
      out.append('\n');
    }
    out.append("</details>\n\n");
  }

  /**
   * The plan's comment under a heading of its own: its title line gives way to the heading and its
   * other headings move one level down, so the plan reads as a section of this comment.
   */
  private static void embed(StringBuilder out, String plan) {
    out.append("## Live plan\n\n");
    boolean fenced = false;
    List<String> lines = new ArrayList<>(plan.lines().toList());
    if (!lines.isEmpty() && lines.get(0).startsWith("## meshcode plan")) {
      lines.remove(0);
      while (!lines.isEmpty() && lines.get(0).isBlank()) {
        lines.remove(0);
      }
    }
    for (String line : lines) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      out.append(!fenced && line.startsWith("#") ? "#" + line : line).append('\n');
    }
  }

  private static String summaryLine(ProductReview p) {
    List<String> parts = new ArrayList<>(List.of(p.status().label()));
    if (p.status() != ProductStatus.ADDED && p.status() != ProductStatus.REMOVED) {
      parts.add(plural(p.changes().size(), "attribute") + " changed");
    }
    if (p.breaking()) {
      parts.add(verdictWord(p));
    }
    return String.join(", ", parts);
  }

  private static String verdictWord(ProductReview p) {
    if (p.verdicts().isEmpty()) {
      return "";
    }
    List<String> broken =
        p.verdicts().stream()
            .filter(v -> !v.compatible())
            .map(v -> v.level().name())
            .distinct()
            .toList();
    return broken.isEmpty() ? "compatible" : "breaks " + String.join(", ", broken);
  }

  private static String verdictLine(SchemaVerdict v) {
    String head = v.role().label() + " schema `" + v.subject() + "` (`" + v.file() + "`): ";
    if (v.versions() == 0) {
      return head + "not checked, compatibility " + v.level().name();
    }
    String against = " against " + plural(v.versions(), "earlier version");
    if (v.compatible()) {
      return head + v.level().name() + " compatible" + against;
    }
    return head
        + "not "
        + v.level().name()
        + " compatible"
        + against
        + ": "
        + v.incompatibilities().stream()
            .map(i -> (i.path().isEmpty() ? "" : code(i.path()) + " ") + cell(i.reason()))
            .collect(Collectors.joining("; "));
  }

  private static String downstreamCount(ProductReview p) {
    int derived = p.impact().derived().size();
    int consumers = p.impact().consumers().size();
    return String.join(
        ", ",
        nonEmpty(
            derived == 0 ? "" : plural(derived, "derived product"),
            consumers == 0 ? "" : plural(consumers, "consumer")));
  }

  private static Comparator<ProductReview> byId() {
    return Comparator.comparing(ProductReview::id);
  }

  private static String hint(Diagnostic d) {
    return d.hint().isEmpty() ? "" : "hint: " + d.hint();
  }

  private static String codes(List<String> items) {
    return items.stream().map(ReviewMarkdown::code).collect(Collectors.joining(", "));
  }

  private static String value(String text) {
    return text.isEmpty() ? "" : code(text);
  }

  /** A code span in a table cell: no HTML is interpreted there, so only pipes need escaping. */
  private static String code(String text) {
    return "`" + text.replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`";
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<String> nonEmpty(String... parts) {
    return List.of(parts).stream().filter(p -> !p.isEmpty()).toList();
  }

  private static String cell(String text) {
    return html(text).replace("|", "\\|").replace("\n", "<br>");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
