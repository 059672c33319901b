package dev.meshcode.render;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A hand-built, deliberately varied set of diagnostics that every renderer test uses. */
final class SampleDiagnostics {

  static final String PRODUCT = "domains/execution/stocktrades/product.yaml";

  private SampleDiagnostics() {}

  /** Two errors, one warning, one note, given out of order (Diagnostics sorts them). */
  static Diagnostics mixed() {
    return Diagnostics.of(
        List.of(
            Diagnostic.warning(
                "durability/tier-1",
                new SourceLocation(PRODUCT, 14, 22),
                "Product execution.stocktrades has min.insync.replicas 1; tier-1 needs at least 2.",
                "Set topic.configs.min.insync.replicas to 2 or more."),
            new Diagnostic(
                Severity.INFO,
                "waiver-applied",
                "Rule naming/topic is waived for edge.pageviews.",
                "",
                "",
                Optional.of(new SourceLocation("domains/edge/pageviews/product.yaml", 30, 5))),
            Diagnostic.error(
                    "unknown-field",
                    new SourceLocation(PRODUCT, 9, 3),
                    "Unknown field 'partitons' in topic.",
                    "Did you mean 'partitions'?")
                .withDetail(
                    "The topic section accepts: name, partitions,\nreplicationFactor, configs."),
            Diagnostic.error(
                "schema-syntax",
                SourceLocation.ofFile("domains/execution/stocktrades/stock trades.avsc"),
                "Schema file 'stock trades.avsc' is not valid Avro.",
                "Fix the JSON syntax of the schema."),
            new Diagnostic(
                Severity.ERROR,
                "mesh-not-found",
                "No mesh.yaml in the mesh directory.",
                "",
                "Point mesh.directory at the folder that holds mesh.yaml.",
                Optional.empty())));
  }

  static Summary mixedSummary() {
    return Summary.of(mixed(), 14, 9);
  }
}
