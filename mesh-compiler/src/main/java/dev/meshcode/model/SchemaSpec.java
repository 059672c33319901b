package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.util.List;

/**
 * A product's key or value schema, resolved: subject name computed from the naming strategy and
 * compatibility defaulted from the mesh.
 *
 * @param location where the schema is declared in the product descriptor
 */
public record SchemaSpec(
    SchemaRole role,
    SchemaFormat format,
    SchemaSource source,
    String subject,
    Compatibility compatibility,
    List<SchemaReference> references,
    SourceLocation location) {

  public SchemaSpec {
    references = List.copyOf(references);
  }
}
