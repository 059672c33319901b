package dev.meshcode.schema;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that every product's key and value schema parses in its format, references included, and
 * keeps the parsed forms for later stages (compatibility checks, normalised comparison).
 */
public final class SchemaChecker {

  private static final Map<String, SchemaFormat> EXTENSIONS =
      Map.of(
          "avsc", SchemaFormat.AVRO,
          "json", SchemaFormat.JSON_SCHEMA,
          "proto", SchemaFormat.PROTOBUF);

  public Diagnostics check(Mesh mesh) {
    return analyse(mesh).diagnostics();
  }

  /** Parses every schema of the mesh; reference files shared by schemas are parsed once. */
  public SchemaAnalysis analyse(Mesh mesh) {
    Map<SchemaFormat, SchemaParser> parsers = new EnumMap<>(SchemaFormat.class);
    List<Diagnostic> found = new ArrayList<>();
    Map<SchemaKey, ParsedSchema> parsed = new HashMap<>();
    for (DataProduct product : mesh.products()) {
      for (SchemaSpec spec : product.schemas()) {
        formatMismatch(product, spec).ifPresent(found::add);
        SchemaParser parser = parsers.computeIfAbsent(spec.format(), SchemaParser::of);
        SchemaParse result = parser.parse(new SchemaInput(product.id(), spec));
        found.addAll(result.diagnostics());
        result
            .schema()
            .ifPresent(s -> parsed.putIfAbsent(new SchemaKey(product.id(), spec.role()), s));
      }
    }
    return new SchemaAnalysis(Diagnostics.of(found), parsed);
  }

  /** A format that contradicts the file extension is usually a copy-paste slip. */
  private static Optional<Diagnostic> formatMismatch(DataProduct product, SchemaSpec spec) {
    String file = spec.source().file();
    int dot = file.lastIndexOf('.');
    String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    SchemaFormat implied = EXTENSIONS.get(extension);
    if (implied == null || implied == spec.format()) {
      return Optional.empty();
    }
    String role = spec.role().label();
    return Optional.of(
        Diagnostic.warning(
            SchemaCodes.FORMAT_MISMATCH,
            product.origin().fields().getOrDefault("schemas/" + role + "/format", spec.location()),
            "The "
                + role
                + " schema of product "
                + product.id()
                + " is declared as "
                + spec.format().label()
                + " but its file "
                + file
                + " has the ."
                + extension
                + " extension of "
                + implied.label()
                + ".",
            "Rename the file to the extension of its format (.avsc, .json, .proto) or correct"
                + " 'format'."));
  }
}
