package dev.meshcode.review;

import dev.meshcode.compat.Incompatibility;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.SchemaSpec;
import java.time.LocalDate;

/** The wording of the schema and lifecycle findings, in one place so they read alike. */
final class ReviewFindings {

  private ReviewFindings() {}

  static Diagnostic breaking(
      DataProduct product, SchemaSpec head, Incompatibility i, Impact impact, SourceLocation at) {
    String where = i.path().isEmpty() ? "" : " at `" + i.path() + "`";
    String summary =
        "The "
            + head.role().label()
            + " schema of "
            + product.id()
            + " (subject `"
            + head.subject()
            + "`) is not "
            + head.compatibility().name()
            + " compatible with the base"
            + where
            + ".";
    String detail = sentence(i.reason()) + " Downstream: " + impact.describe() + ".";
    return Diagnostic.error(ReviewCodes.BREAKING_SCHEMA_CHANGE, at, summary, hint(product, head))
        .withDetail(detail);
  }

  /**
   * A change the subject's level allows in one direction only: who must upgrade first. Under
   * BACKWARD a removed field is compatible, yet a consumer still on the old schema cannot read new
   * records (unless the field had a default); a reviewer must know before merging.
   */
  static Diagnostic upgradeOrder(
      DataProduct product, SchemaSpec head, Incompatibility i, Impact impact, SourceLocation at) {
    boolean consumersFirst = head.compatibility().name().startsWith("BACKWARD");
    String where = i.path().isEmpty() ? "" : " at `" + i.path() + "`";
    String summary =
        "The "
            + head.role().label()
            + " schema change of "
            + product.id()
            + where
            + " is "
            + head.compatibility().name()
            + " compatible, but "
            + (consumersFirst
                ? "consumers still on the base schema cannot read the new records."
                : "consumers on the new schema cannot read records written before it.");
    String hint =
        consumersFirst
            ? "Upgrade every consumer to the new schema before any producer writes with it, or"
                + " give the field a default so both directions work."
            : "Upgrade every producer before consumers move to the new schema, or give the field"
                + " a default so both directions work.";
    String detail = sentence(i.reason()) + " Downstream: " + impact.describe() + ".";
    return Diagnostic.warning(ReviewCodes.UPGRADE_ORDER, at, summary, hint).withDetail(detail);
  }

  private static String hint(DataProduct product, SchemaSpec head) {
    Compatibility level = head.compatibility();
    String rule;
    if (level.name().startsWith("BACKWARD")) {
      rule =
          "Readers on the new schema must still read old records: add fields only with a default,"
              + " and remove only fields that have one.";
    } else if (level.name().startsWith("FORWARD")) {
      rule =
          "Readers still on the old schema must read new records: remove only fields that have a"
              + " default; added fields are fine.";
    } else {
      rule = "Both directions must work: add or remove only fields that have a default.";
    }
    return rule
        + " Or publish a new product (for example `"
        + product.id().name()
        + "-v2`) and deprecate this one.";
  }

  static Diagnostic unjudged(DataProduct product, SchemaSpec head, RuntimeException e) {
    return Diagnostic.warning(
            ReviewCodes.SCHEMA_CHANGE_UNJUDGED,
            head.location(),
            "The "
                + head.role().label()
                + " schema change of "
                + product.id()
                + " could not be judged offline.",
            "Check that the base version of `"
                + head.source().file()
                + "` is a valid schema; the registry judges the change at plan time.")
        .withDetail(String.valueOf(e.getMessage()));
  }

  static Diagnostic removed(DataProduct base, Impact impact) {
    String stage = base.lifecycle().stage().label();
    return Diagnostic.error(
            ReviewCodes.REMOVED_WITHOUT_RETIREMENT,
            base.origin().start(),
            "The "
                + stage
                + " product "
                + base.id()
                + " was removed without being retired; it is read by "
                + impact.describe()
                + ".",
            "Restore its descriptor and set `lifecycle.stage: deprecated` with a `sunset` date"
                + " (and `replacedBy`); retire it after the sunset, then remove it.")
        .withDetail(
            "Removing a descriptor leaves its topic and subjects unmanaged while readers still"
                + " depend on them.");
  }

  static Diagnostic retiredWithoutDeprecation(DataProduct head) {
    return Diagnostic.error(
        ReviewCodes.RETIRED_WITHOUT_DEPRECATION,
        head.origin().locate("lifecycle/stage"),
        "The published product "
            + head.id()
            + " is retired without being deprecated first; its consumers get no notice.",
        "Set `lifecycle.stage: deprecated` with a `sunset` date (and `replacedBy`) in this change;"
            + " retire it in a later change, on or after the sunset.");
  }

  static Diagnostic retiredBeforeSunset(DataProduct head, LocalDate sunset, LocalDate today) {
    return Diagnostic.error(
            ReviewCodes.RETIRED_BEFORE_SUNSET,
            head.origin().locate("lifecycle/stage"),
            "The product " + head.id() + " is retired before its sunset date " + sunset + ".",
            "Keep `lifecycle.stage: deprecated` until " + sunset + ", then retire it.")
        .withDetail(
            "Consumers were promised the product until " + sunset + "; today is " + today + ".");
  }

  static Diagnostic newConsumer(DataProduct head, Consumer consumer) {
    String stage = head.lifecycle().stage().label();
    String replacement =
        head.lifecycle()
            .replacedBy()
            .map(r -> "Let `" + consumer.principal() + "` read " + r + " instead")
            .orElse("Let `" + consumer.principal() + "` read a product that is not deprecated");
    return Diagnostic.error(
        ReviewCodes.NEW_CONSUMER_ON_DEPRECATED,
        consumer.location(),
        "The "
            + stage
            + " product "
            + head.id()
            + " gains the new consumer `"
            + consumer.principal()
            + "`; a "
            + stage
            + " product accepts no new consumers.",
        replacement + ", and remove this consumer.");
  }

  private static String sentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return "";
    }
    String capital = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return capital.endsWith(".") ? capital : capital + ".";
  }
}
