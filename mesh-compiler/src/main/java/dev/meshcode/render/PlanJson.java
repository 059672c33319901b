package dev.meshcode.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.CompatibilityVerdict;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import java.util.Optional;

/**
 * {@code plan.json}, the contract ({@code docs/plan-format.md}): written here, read back by {@link
 * #read} so apply can execute a reviewed plan. Snake_case keys in a fixed order, no timestamps,
 * {@code \n} line ends: the same plan gives the same bytes.
 */
public final class PlanJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public String write(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("format_version", plan.formatVersion());
    ObjectNode summary = root.putObject("summary");
    summary.put("create", plan.summary().create());
    summary.put("update", plan.summary().update());
    summary.put("replace", plan.summary().replace());
    summary.put("delete", plan.summary().delete());
    ArrayNode diagnostics = root.putArray("diagnostics");
    plan.diagnostics().all().forEach(d -> diagnostics.add(diagnostic(d)));
    ArrayNode changes = root.putArray("changes");
    plan.changes().forEach(c -> changes.add(change(c)));
    ObjectNode observed = root.putObject("observed");
    plan.observed()
        .forEach(
            (address, fingerprint) -> {
              ObjectNode entry = observed.putObject(address.toString());
              entry.put("fingerprint", fingerprint.value());
              ArrayNode names = entry.putArray("attributes");
              fingerprint.attributes().forEach(names::add);
            });
    return PrettyJson.write(root);
  }

  /**
   * Reads a plan file written by {@link #write}; a file it cannot use throws {@link
   * PlanFileException}.
   */
  public Plan read(String json) {
    return new PlanJsonReader().read(json);
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode node = NODES.objectNode();
    node.put("severity", d.severity().label());
    node.put("code", d.code());
    node.put("summary", d.summary());
    node.put("detail", d.detail());
    node.put("hint", d.hint());
    location(node, d.location());
    return node;
  }

  private static ObjectNode change(ResourceChange c) {
    ObjectNode node = NODES.objectNode();
    node.put("address", c.address().toString());
    node.put("kind", c.address().kind().label());
    node.put("name", c.address().name());
    node.put("product", c.product().map(Object::toString).orElse(null));
    node.put("action", c.action().label());
    node.put("reason", c.reason().label());
    location(node, c.location());
    ArrayNode attributes = node.putArray("attribute_changes");
    c.attributeChanges().forEach(a -> attributes.add(attribute(a)));
    ArrayNode downstream = node.putArray("downstream");
    c.downstream().forEach(p -> downstream.add(p.toString()));
    ObjectNode desired = node.putObject("desired");
    c.desired().forEach(desired::put);
    c.compatibility()
        .ifPresentOrElse(
            v -> node.set("compatibility", verdict(v)), () -> node.putNull("compatibility"));
    return node;
  }

  private static ObjectNode attribute(AttributeChange a) {
    ObjectNode node = NODES.objectNode();
    node.put("name", a.name());
    node.put("before", a.before().orElse(null));
    node.put("after", a.after().orElse(null));
    node.put("sensitive", a.sensitive());
    node.put("overridden_by", a.overriddenBy().orElse(null));
    return node;
  }

  private static ObjectNode verdict(CompatibilityVerdict v) {
    ObjectNode node = NODES.objectNode();
    node.put("level", v.level());
    node.put("compatible", v.compatible());
    ArrayNode messages = node.putArray("messages");
    v.messages().forEach(messages::add);
    node.put("source", v.source().label());
    return node;
  }

  private static void location(ObjectNode node, Optional<SourceLocation> at) {
    if (at.isEmpty()) {
      node.putNull("location");
      return;
    }
    ObjectNode location = node.putObject("location");
    location.put("file", at.get().file());
    location.put("line", at.get().line());
    location.put("column", at.get().column());
  }
}
