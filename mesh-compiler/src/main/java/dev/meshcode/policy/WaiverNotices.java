package dev.meshcode.policy;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Waiver;
import java.util.Optional;

/** The warnings about waivers that do not apply, each at the waiver's own line. */
final class WaiverNotices {

  private WaiverNotices() {}

  static Diagnostic expired(DataProduct product, Waiver waiver) {
    return Diagnostic.warning(
        "waiver-expired",
        waiver.location(),
        "The waiver of "
            + waiver.rule()
            + " for "
            + product.id()
            + " expired on "
            + waiver.expires().map(Object::toString).orElse("")
            + ", so the rule applies again.",
        "Fix the violation and remove the waiver, or renew it with a new expires date after review.");
  }

  static Diagnostic unknownRule(DataProduct product, Waiver waiver, Optional<String> suggestion) {
    return Diagnostic.warning(
        "waiver-unknown-rule",
        waiver.location(),
        "The waiver for "
            + product.id()
            + " names rule "
            + waiver.rule()
            + ", which no policy defines.",
        suggestion.map(s -> "Did you mean " + s + "? ").orElse("")
            + "Write the rule as <policy name>/<rule id>, or remove the waiver.");
  }

  static Diagnostic unused(DataProduct product, Waiver waiver) {
    return Diagnostic.warning(
        "waiver-unused",
        waiver.location(),
        "The waiver of "
            + waiver.rule()
            + " for "
            + product.id()
            + " is unused: the product does not violate that rule.",
        "Remove the waiver.");
  }

  static Diagnostic withoutReason(DataProduct product, Waiver waiver) {
    return Diagnostic.warning(
        "waiver-without-reason",
        waiver.location(),
        "The waiver of "
            + waiver.rule()
            + " for "
            + product.id()
            + " gives no reason, so it does"
            + " not apply.",
        "Add a reason that says why the exemption is acceptable.");
  }
}
