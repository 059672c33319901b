package dev.meshcode.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.ProductId;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.ChangeReason;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.state.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The reading half of {@link PlanJson}: strict, so a plan is applied only as it was reviewed. */
final class PlanJsonReader {

  Plan read(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new PlanFileException("The plan file is not valid JSON: " + e.getOriginalMessage(), e);
    }
    String version = text(root, "format_version");
    if (!version.equals(Plan.FORMAT_VERSION)) {
      throw new PlanFileException(
          "The plan file has format_version '"
              + version
              + "'; this meshcode reads version '"
              + Plan.FORMAT_VERSION
              + "'. Plan again with this version.");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    array(root, "diagnostics").forEach(d -> diagnostics.add(diagnostic(d)));
    List<ResourceChange> changes = new ArrayList<>();
    array(root, "changes").forEach(c -> changes.add(change(c)));
    Map<ResourceAddress, Fingerprint> observed = new TreeMap<>();
    field(root, "observed")
        .properties()
        .forEach(e -> observed.put(address(e.getKey()), fingerprint(e.getValue())));
    return Plan.of(changes, Diagnostics.of(diagnostics), observed);
  }

  private static Diagnostic diagnostic(JsonNode node) {
    return new Diagnostic(
        enumValue(Severity.class, text(node, "severity")),
        text(node, "code"),
        text(node, "summary"),
        text(node, "detail"),
        text(node, "hint"),
        location(node));
  }

  private static ResourceChange change(JsonNode node) {
    List<AttributeChange> attributes = new ArrayList<>();
    array(node, "attribute_changes").forEach(a -> attributes.add(attribute(a)));
    Map<String, String> desired = new LinkedHashMap<>();
    field(node, "desired")
        .properties()
        .forEach(e -> desired.put(e.getKey(), e.getValue().asText()));
    return new ResourceChange(
        address(text(node, "address")),
        optionalText(node, "product").map(ProductId::parse),
        enumValue(Action.class, text(node, "action")),
        enumValue(ChangeReason.class, text(node, "reason")),
        attributes,
        desired,
        verdict(field(node, "compatibility")),
        location(node),
        downstream(node));
  }

  private static List<ProductId> downstream(JsonNode node) {
    List<ProductId> products = new ArrayList<>();
    array(node, "downstream").forEach(p -> products.add(ProductId.parse(p.asText())));
    return products;
  }

  private static AttributeChange attribute(JsonNode node) {
    return new AttributeChange(
        text(node, "name"),
        optionalText(node, "before"),
        optionalText(node, "after"),
        field(node, "sensitive").asBoolean(),
        optionalText(node, "overridden_by"));
  }

  private static Optional<CompatibilityVerdict> verdict(JsonNode node) {
    if (node.isNull()) {
      return Optional.empty();
    }
    List<String> messages = new ArrayList<>();
    array(node, "messages").forEach(m -> messages.add(m.asText()));
    return Optional.of(
        new CompatibilityVerdict(
            text(node, "level"),
            field(node, "compatible").asBoolean(),
            messages,
            enumValue(CompatibilityVerdict.Source.class, text(node, "source").replace('-', '_'))));
  }

  private static Fingerprint fingerprint(JsonNode node) {
    List<String> names = new ArrayList<>();
    array(node, "attributes").forEach(n -> names.add(n.asText()));
    return new Fingerprint(text(node, "fingerprint"), names);
  }

  private static Optional<SourceLocation> location(JsonNode node) {
    JsonNode at = field(node, "location");
    if (at.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceLocation(
            text(at, "file"), field(at, "line").asInt(), field(at, "column").asInt()));
  }

  private static ResourceAddress address(String text) {
    return ResourceAddress.parse(text)
        .orElseThrow(
            () -> new PlanFileException("The plan file names an unknown resource '" + text + "'."));
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String label) {
    try {
      return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlanFileException("The plan file has an unknown value '" + label + "'.", e);
    }
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new PlanFileException("The plan file lacks the field '" + name + "'.");
    }
    return value;
  }

  private static Iterable<JsonNode> array(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isArray()) {
      throw new PlanFileException("The plan file's field '" + name + "' is not a list.");
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new PlanFileException("The plan file's field '" + name + "' is not a string.");
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
