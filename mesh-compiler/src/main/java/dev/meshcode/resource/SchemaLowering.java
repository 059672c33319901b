package dev.meshcode.resource;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.schema.ParsedSchema;
import dev.meshcode.schema.SchemaAnalysis;
import dev.meshcode.schema.SchemaInput;
import dev.meshcode.schema.SchemaKey;
import dev.meshcode.schema.SchemaParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A product's schemas for one environment: per subject its compatibility config and its schema in
 * canonical form (so a re-formatted file is no change), plus the subjects its references name. A
 * schema that did not parse is left out: validation reports it and fails the build first.
 */
final class SchemaLowering {

  private final SchemaAnalysis analysis;
  private final String prefix;

  /** Many products share a reference file: each (subject, file) is parsed once. */
  private final Map<String, Optional<DesiredResource>> referenceCache = new HashMap<>();

  SchemaLowering(SchemaAnalysis analysis, String prefix) {
    this.analysis = analysis;
    this.prefix = prefix;
  }

  /** The subject configs and schemas a product declares itself. */
  List<DesiredResource> own(DataProduct product) {
    List<DesiredResource> out = new ArrayList<>();
    for (SchemaSpec spec : product.schemas()) {
      Optional<ParsedSchema> parsed = analysis.schema(new SchemaKey(product.id(), spec.role()));
      if (parsed.isEmpty()) {
        continue;
      }
      String subject = prefix + spec.subject();
      String role = spec.role().label();
      out.add(
          resource(
              ResourceKind.SCHEMA_SUBJECT_CONFIG,
              subject,
              Optional.of(product.id()),
              Map.of(Attributes.COMPATIBILITY, spec.compatibility().name()),
              product.origin().locate("schemas/" + role + "/compatibility")));
      out.add(schema(subject, spec, parsed.get(), Optional.of(product.id())));
    }
    return out;
  }

  /**
   * The schemas a product's schemas refer to, registered under their own subjects before the
   * schemas that use them. They belong to no product: a retired product never deletes them.
   */
  List<DesiredResource> references(DataProduct product) {
    List<DesiredResource> out = new ArrayList<>();
    for (SchemaSpec spec : product.schemas()) {
      for (SchemaReference ref : spec.references()) {
        referenceCache
            .computeIfAbsent(
                ref.subject() + "\n" + ref.source().file(),
                k -> referenced(product.id(), spec, ref))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<DesiredResource> referenced(ProductId id, SchemaSpec spec, SchemaReference ref) {
    SchemaSpec alone =
        new SchemaSpec(
            SchemaRole.VALUE,
            spec.format(),
            ref.source(),
            ref.subject(),
            spec.compatibility(),
            List.of(),
            ref.location());
    Optional<ParsedSchema> parsed = parse(id, alone);
    if (parsed.isEmpty()) {
      // a referenced schema that itself uses its siblings (Avro named types across files)
      List<SchemaReference> siblings =
          spec.references().stream().filter(r -> !r.equals(ref)).toList();
      alone =
          new SchemaSpec(
              alone.role(),
              alone.format(),
              alone.source(),
              alone.subject(),
              alone.compatibility(),
              siblings,
              alone.location());
      parsed = parse(id, alone);
    }
    String subject = prefix + ref.subject();
    SchemaSpec used = alone;
    return parsed.map(p -> schema(subject, used, p, Optional.empty()));
  }

  private static Optional<ParsedSchema> parse(ProductId id, SchemaSpec spec) {
    return SchemaParser.of(spec.format()).parse(new SchemaInput(id, spec)).schema();
  }

  private DesiredResource schema(
      String subject, SchemaSpec spec, ParsedSchema parsed, Optional<ProductId> product) {
    Map<String, String> attributes = new HashMap<>();
    attributes.put(Attributes.SCHEMA_TYPE, spec.format().registryType());
    attributes.put(Attributes.SCHEMA, parsed.canonical());
    // always present, so removing the last reference is a change too
    attributes.put(
        Attributes.REFERENCES,
        spec.references().stream()
            .map(r -> r.name() + "=" + prefix + r.subject())
            .collect(Collectors.joining(", ")));
    return resource(ResourceKind.SCHEMA, subject, product, attributes, spec.location());
  }

  private static DesiredResource resource(
      ResourceKind kind,
      String name,
      Optional<ProductId> product,
      Map<String, String> attributes,
      SourceLocation at) {
    Resource resource = new Resource(new ResourceAddress(kind, name), product, attributes);
    return new DesiredResource(resource, at, Map.of(), Map.of());
  }
}
