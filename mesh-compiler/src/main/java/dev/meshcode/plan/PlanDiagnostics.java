package dev.meshcode.plan;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.ProductId;
import dev.meshcode.resource.AttributeSchema;
import dev.meshcode.resource.DesiredResource;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.ProductFacts;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.UpdateRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The problems planning finds, each with its stable code. */
final class PlanDiagnostics {

  static final String DELETE_DERIVED_INPUT = "delete-derived-input";
  static final String ORPHAN_RESOURCE = "orphan-resource";
  static final String SCHEMA_INCOMPATIBLE = "schema-incompatible";

  private PlanDiagnostics() {}

  /** A change its attribute's rule does not allow: {@code partition-decrease} and the like. */
  static Diagnostic ruleViolation(
      DesiredResource desired, AttributeSchema schema, String before, String after) {
    String verb = schema.rule() == UpdateRule.INCREASE_ONLY ? "decrease" : "change";
    return Diagnostic.error(
            schema.violationCode(),
            desired.locate(schema.name()),
            "Attribute '"
                + schema.name()
                + "' of "
                + desired.address()
                + " cannot "
                + verb
                + " from "
                + before
                + " to "
                + after
                + ".",
            schema.violationHint())
        .withDetail("The plan leaves it at " + before + "; other changes go ahead.");
  }

  static Diagnostic derivedInput(ProductFacts retired, List<ProductId> dependants) {
    return Diagnostic.error(
        DELETE_DERIVED_INPUT,
        retired.location(),
        "Retired product "
            + retired.id()
            + " cannot be deleted: "
            + dependants.stream().map(ProductId::toString).collect(Collectors.joining(", "))
            + (dependants.size() == 1 ? " derives" : " derive")
            + " from it.",
        "Remove it from the inputs of the products that derive from it (or retire them first),"
            + " then plan again.");
  }

  static Diagnostic orphan(ResourceAddress address, OwnedPrefix owner) {
    return new Diagnostic(
        Severity.WARNING,
        ORPHAN_RESOURCE,
        address
            + " is under the name space '"
            + owner.prefix()
            + "' the mesh owns, but no product declares it.",
        "",
        "Declare it in a product, or plan with prune on to delete it.",
        Optional.of(owner.declaredAt()));
  }

  static Diagnostic incompatible(ResourceChange change, CompatibilityVerdict verdict) {
    return new Diagnostic(
        Severity.ERROR,
        SCHEMA_INCOMPATIBLE,
        "The new schema of "
            + change.address()
            + " is not "
            + verdict.level()
            + " compatible with the registered versions.",
        String.join("\n", verdict.messages()),
        "Make the change compatible (for Avro: add fields with defaults, do not remove required"
            + " ones), or publish a new product version with a new subject.",
        change.location());
  }
}
