package dev.meshcode.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.SourceLocation;

/**
 * {@code target/mesh/diagnostics.json}: the machine-readable contract of {@code mesh:validate}.
 * Keys are snake_case and always in this order; {@code location} is left out for the rare
 * diagnostic that belongs to no file; {@code line}/{@code column} 0 mean the whole file/line.
 *
 * <pre>
 * {"format_version": "1", "tool": {"name", "version"},
 *  "summary": {"passed", "errors", "warnings", "infos", "files", "products"},
 *  "diagnostics": [{"severity", "code", "summary", "detail", "hint",
 *                   "location": {"file", "line", "column"}}]}
 * </pre>
 */
public final class DiagnosticsJson {

  /** Bumped only for incompatible changes; adding keys is compatible. */
  public static final String FORMAT_VERSION = "1";

  private final String toolVersion;

  public DiagnosticsJson(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  public String render(Diagnostics diagnostics, Summary summary) {
    ObjectNode root = PrettyJson.object();
    root.put("format_version", FORMAT_VERSION);
    root.putObject("tool").put("name", "meshcode").put("version", toolVersion);
    root.putObject("summary")
        .put("passed", summary.errors() == 0)
        .put("errors", summary.errors())
        .put("warnings", summary.warnings())
        .put("infos", summary.infos())
        .put("files", summary.files())
        .put("products", summary.products());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics.all()) {
      list.add(diagnostic(d));
    }
    return PrettyJson.write(root);
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode node = PrettyJson.object();
    node.put("severity", d.severity().label())
        .put("code", d.code())
        .put("summary", d.summary())
        .put("detail", d.detail())
        .put("hint", d.hint());
    d.location().ifPresent(at -> node.set("location", location(at)));
    return node;
  }

  private static ObjectNode location(SourceLocation at) {
    return PrettyJson.object()
        .put("file", at.file())
        .put("line", at.line())
        .put("column", at.column());
  }
}
