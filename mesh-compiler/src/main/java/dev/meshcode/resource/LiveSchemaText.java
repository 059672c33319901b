package dev.meshcode.resource;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.schema.ParsedSchema;
import dev.meshcode.schema.SchemaInput;
import dev.meshcode.schema.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical form of a schema read from a registry, by the same parsers that give the desired
 * text, so that the planner compares like with like (invariant 6). For the Schema Registry
 * provider: report {@link Attributes#SCHEMA} as {@link #canonical}'s answer, and the registry's
 * text unchanged only when it does not parse.
 */
public final class LiveSchemaText {

  private static final ProductId LIVE = new ProductId("live", "schema");
  private static final SourceLocation NOWHERE = SourceLocation.ofFile("");

  /** A referenced schema as the registry returns it. */
  public record Referenced(String name, String subject, String text) {}

  private LiveSchemaText() {}

  /**
   * @param schemaType the registry's {@code schemaType}: {@code AVRO} (or absent), {@code JSON},
   *     {@code PROTOBUF}
   * @param references the schemas it references, with their text
   * @return the canonical text; empty when the text does not parse
   */
  public static Optional<String> canonical(
      String schemaType, String text, List<Referenced> references) {
    Optional<SchemaFormat> format = format(schemaType);
    if (format.isEmpty()) {
      return Optional.empty();
    }
    List<SchemaReference> refs = new ArrayList<>();
    for (Referenced r : references) {
      refs.add(
          new SchemaReference(
              r.name(), r.subject(), new SchemaSource("ref/" + r.subject(), r.text()), NOWHERE));
    }
    SchemaSpec spec =
        new SchemaSpec(
            SchemaRole.VALUE,
            format.get(),
            new SchemaSource("live", text),
            "live",
            Compatibility.NONE,
            refs,
            NOWHERE);
    return SchemaParser.of(format.get())
        .parse(new SchemaInput(LIVE, spec))
        .schema()
        .map(ParsedSchema::canonical);
  }

  private static Optional<SchemaFormat> format(String schemaType) {
    String type = schemaType.isEmpty() ? "AVRO" : schemaType;
    for (SchemaFormat f : SchemaFormat.values()) {
      if (f.registryType().equals(type)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
