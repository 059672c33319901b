package dev.meshcode.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Mesh;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 (OASIS), so code-scanning tools annotate the exact descriptor line: one run, a rule
 * per diagnostic code that occurs, a result per diagnostic. Paths are relative to {@code
 * %SRCROOT%}, the repository checkout; {@code pathPrefix} is where the mesh sits inside it.
 *
 * @param toolVersion {@code tool.driver.version}
 * @param docsBase absolute URL of the {@code docs/} folder; rule help links point into it
 * @param pathPrefix prepended to every file, such as {@code example-mesh-repo/}; empty when the
 *     mesh is the repository root
 * @param ruleDescriptions descriptions of the mesh's own policy rules by code; see {@link
 *     #ruleDescriptions(Mesh)}
 */
public record Sarif(
    String toolVersion, String docsBase, String pathPrefix, Map<String, String> ruleDescriptions) {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String DEFAULT_DOCS_BASE = "https://meshcode.dev/docs/";
  static final String SRCROOT = "%SRCROOT%";

  public Sarif {
    ruleDescriptions = Map.copyOf(ruleDescriptions);
  }

  public Sarif(String toolVersion) {
    this(toolVersion, DEFAULT_DOCS_BASE, "", Map.of());
  }

  /** The {@code description} of every policy rule, by its code {@code policy-name/rule-id}. */
  public static Map<String, String> ruleDescriptions(Mesh mesh) {
    Map<String, String> byCode = new TreeMap<>();
    mesh.policies().stream()
        .flatMap(p -> p.rules().stream())
        .filter(r -> !r.description().isBlank())
        .forEach(r -> byCode.putIfAbsent(r.code(), r.description()));
    return byCode;
  }

  public String render(Diagnostics diagnostics) {
    SarifRules rules = SarifRules.of(diagnostics, docsBase, ruleDescriptions);
    ObjectNode root = PrettyJson.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "meshcode").put("version", toolVersion).put("informationUri", docsBase);
    driver.set("rules", rules.descriptors());
    // Declared without a uri: the checkout root is known to the consumer (the code-scanning
    // upload), not to the build, and an absolute path would make the output machine-dependent.
    run.putObject("originalUriBaseIds")
        .putObject(SRCROOT)
        .putObject("description")
        .put("text", "The root of the repository checkout.");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics.all()) {
      results.add(result(d, rules));
    }
    return PrettyJson.write(root);
  }

  private ObjectNode result(Diagnostic d, SarifRules rules) {
    ObjectNode result = PrettyJson.object();
    result.put("ruleId", d.code()).put("ruleIndex", rules.indexOf(d.code()));
    result.put("level", level(d.severity()));
    result.putObject("message").put("text", message(d));
    d.location().ifPresent(at -> result.putArray("locations").add(location(at)));
    return result;
  }

  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static String message(Diagnostic d) {
    List<String> parts =
        List.of(d.summary(), d.detail(), d.hint().isBlank() ? "" : "hint: " + d.hint());
    return String.join("\n", parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
  }

  private ObjectNode location(SourceLocation at) {
    ObjectNode physical = PrettyJson.object();
    physical
        .putObject("artifactLocation")
        .put("uri", SarifRules.uri(pathPrefix + at.file()))
        .put("uriBaseId", SRCROOT);
    if (at.line() > 0) {
      ObjectNode region = physical.putObject("region").put("startLine", at.line());
      if (at.column() > 0) {
        region.put("startColumn", at.column());
      }
    }
    ObjectNode location = PrettyJson.object();
    location.set("physicalLocation", physical);
    return location;
  }
}
