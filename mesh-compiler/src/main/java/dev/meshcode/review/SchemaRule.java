package dev.meshcode.review;

import dev.meshcode.compat.CompatibilityJudge;
import dev.meshcode.compat.Incompatibility;
import dev.meshcode.compat.SchemaText;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Breaking schema changes: each changed schema of a product is judged against the base's schema of
 * the same role (key or value, so a renamed file or subject is still compared) under the head's
 * compatibility level; transitive levels judge against every earlier version in git history.
 */
final class SchemaRule {

  private final BaseRevision base;
  private final CompatibilityJudge judge;

  SchemaRule(BaseRevision base, CompatibilityJudge judge) {
    this.base = base;
    this.judge = judge;
  }

  List<SchemaVerdict> check(
      DataProduct before, DataProduct after, Impact impact, List<Diagnostic> out) {
    List<SchemaVerdict> verdicts = new ArrayList<>();
    for (SchemaSpec head : after.schemas()) {
      Optional<SchemaSpec> earlier =
          before.schemas().stream().filter(s -> s.role() == head.role()).findFirst();
      if (earlier.isEmpty() || sameText(earlier.get(), head)) {
        continue;
      }
      verdict(after, head, earlier.get(), impact, out).ifPresent(verdicts::add);
    }
    return verdicts;
  }

  private Optional<SchemaVerdict> verdict(
      DataProduct product,
      SchemaSpec head,
      SchemaSpec earlier,
      Impact impact,
      List<Diagnostic> out) {
    List<SchemaText> versions = versions(head, earlier);
    Compatibility level = head.compatibility();
    List<Incompatibility> found;
    if (head.format() != earlier.format()) {
      found =
          List.of(
              new Incompatibility(
                  "",
                  "the format changed from "
                      + earlier.format().label()
                      + " to "
                      + head.format().label()
                      + ", so no reader of the old format can read the new records"));
    } else if (level == Compatibility.NONE) {
      return Optional.of(verdict(head, 0, List.of()));
    } else {
      try {
        found = judge.judge(head.format(), level, text(head), versions);
      } catch (RuntimeException e) {
        out.add(ReviewFindings.unjudged(product, head, e));
        return Optional.empty();
      }
    }
    found.forEach(i -> out.add(finding(product, head, i, impact)));
    if (found.isEmpty()) {
      upgradeOrder(product, head, earlier, impact, out);
    }
    return Optional.of(verdict(head, versions.size(), found));
  }

  /**
   * A one-directional level (BACKWARD or FORWARD) accepts changes that break the other direction:
   * judged against the base version, each is a warning that says who must upgrade first.
   */
  private void upgradeOrder(
      DataProduct product,
      SchemaSpec head,
      SchemaSpec earlier,
      Impact impact,
      List<Diagnostic> out) {
    String level = head.compatibility().name();
    Compatibility other;
    if (level.startsWith("BACKWARD")) {
      other = Compatibility.FORWARD;
    } else if (level.startsWith("FORWARD")) {
      other = Compatibility.BACKWARD;
    } else {
      return;
    }
    List<Incompatibility> found;
    try {
      found = judge.judge(head.format(), other, text(head), List.of(text(earlier)));
    } catch (RuntimeException e) {
      return; // the declared level was judged; this extra advice is best effort
    }
    for (Incompatibility i : found) {
      SourceLocation at =
          FieldLines.locate(head.format(), head.source().file(), head.source().text(), i.path());
      out.add(ReviewFindings.upgradeOrder(product, head, i, impact, at));
    }
  }

  private static SchemaVerdict verdict(SchemaSpec head, int versions, List<Incompatibility> found) {
    return new SchemaVerdict(
        head.role(), head.subject(), head.source().file(), head.compatibility(), versions, found);
  }

  /** Earlier versions, oldest first: the history for transitive levels, else the base text. */
  private List<SchemaText> versions(SchemaSpec head, SchemaSpec earlier) {
    SchemaText baseText = text(earlier);
    if (!head.compatibility().name().endsWith("_TRANSITIVE")) {
      return List.of(baseText);
    }
    List<String> history = base.history().earlierVersions(head.source().file());
    if (history.isEmpty()) {
      return List.of(baseText);
    }
    List<SchemaText> versions = new ArrayList<>();
    history.forEach(t -> versions.add(new SchemaText(t, baseText.references())));
    return versions;
  }

  private static Diagnostic finding(
      DataProduct product, SchemaSpec head, Incompatibility i, Impact impact) {
    SourceLocation at =
        FieldLines.locate(head.format(), head.source().file(), head.source().text(), i.path());
    return ReviewFindings.breaking(product, head, i, impact, at);
  }

  private static boolean sameText(SchemaSpec a, SchemaSpec b) {
    return a.format() == b.format()
        && a.source().text().equals(b.source().text())
        && references(a).equals(references(b));
  }

  static SchemaText text(SchemaSpec spec) {
    return new SchemaText(spec.source().text(), references(spec));
  }

  private static Map<String, String> references(SchemaSpec spec) {
    Map<String, String> byName = new TreeMap<>();
    for (SchemaReference r : spec.references()) {
      byName.put(r.name(), r.source().text());
    }
    return byName;
  }
}
