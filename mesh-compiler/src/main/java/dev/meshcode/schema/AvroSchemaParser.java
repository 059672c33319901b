package dev.meshcode.schema;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Avro with Apache Avro's own parser. References are named types defined in other files; they are
 * parsed first, each into the types the schema can then use by name. Their order in the descriptor
 * does not matter: a reference that uses another is retried once that one is known.
 */
final class AvroSchemaParser implements SchemaParser {

  /** A reference file's outcome: the named types it defines, or the error it has. */
  private record Parsed(Map<String, Schema> types, Optional<AvroFailure> failure) {}

  private final Map<String, Parsed> referenceCache = new HashMap<>();

  /** A broken reference file is reported once, however many schemas refer to it. */
  private final Set<String> reported = new HashSet<>();

  @Override
  public SchemaFormat format() {
    return SchemaFormat.AVRO;
  }

  @Override
  public SchemaParse parse(SchemaInput input) {
    List<Diagnostic> found = new ArrayList<>();
    Map<String, Schema> known = references(input, found);
    SchemaSource source = input.spec().source();
    Schema.Parser parser = new Schema.Parser().addTypes(known.values());
    if (source.text().isBlank()) {
      found.add(AvroFailure.empty().report(source, input.describe()));
      return SchemaParse.failed(found);
    }
    Schema schema;
    try {
      StrictJson.check(source.text());
      schema = parser.parse(source.text());
    } catch (RuntimeException e) {
      AvroFailure failure = AvroFailure.of(e);
      if (!usesBrokenReference(failure, input, known)) {
        found.add(failure.report(source, input.describe()));
      }
      return SchemaParse.failed(found);
    }
    // Keys are often a plain string or long (and must stay so for partitioning to match other
    // producers), so only value schemas are asked to be records.
    if (schema.getType() != Schema.Type.RECORD && input.spec().role() == SchemaRole.VALUE) {
      found.add(notRecord(input, schema));
    }
    return new SchemaParse(Optional.of(parsed(source, schema, known)), found);
  }

  // Schema.toString(Collection, boolean) is deprecated without a replacement that writes referenced
  // named types by name (SchemaFormatter inlines them); the registry stores references that way.
  @SuppressWarnings("deprecation")
  private static ParsedSchema parsed(SchemaSource source, Schema schema, Map<String, Schema> refs) {
    boolean named =
        schema.getType() == Schema.Type.RECORD
            || schema.getType() == Schema.Type.ENUM
            || schema.getType() == Schema.Type.FIXED;
    return new ParsedSchema(
        SchemaFormat.AVRO,
        source.file(),
        schema.toString(refs.values(), false),
        named ? Optional.of(schema.getFullName()) : Optional.empty());
  }

  /**
   * The named types of all references, parsed in dependency order: each round parses what it can
   * with the types known so far, until a round makes no progress.
   */
  private Map<String, Schema> references(SchemaInput input, List<Diagnostic> found) {
    Map<String, Schema> known = new LinkedHashMap<>();
    List<SchemaReference> pending = new ArrayList<>(input.spec().references());
    Map<String, AvroFailure> lastFailure = new HashMap<>();
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (SchemaReference ref : List.copyOf(pending)) {
        Parsed result = parseReference(ref.source(), known);
        if (result.failure().isEmpty()) {
          known.putAll(result.types());
          pending.remove(ref);
          progress = true;
          nameMismatch(ref, result.types(), input).ifPresent(found::add);
        } else {
          lastFailure.put(ref.source().file(), result.failure().get());
        }
      }
    }
    for (SchemaReference ref : pending) {
      reportOnce(ref.source(), lastFailure.get(ref.source().file()), input, found);
    }
    return known;
  }

  /**
   * A type missing only because its declared reference did not parse: the reference's own
   * diagnostic says why, and a second one here would wrongly suggest declaring it.
   */
  private static boolean usesBrokenReference(
      AvroFailure failure, SchemaInput input, Map<String, Schema> known) {
    return failure instanceof AvroFailure.UndefinedName undefined
        && !known.containsKey(undefined.fullName())
        && input.spec().references().stream().anyMatch(r -> r.name().equals(undefined.fullName()));
  }

  private Parsed parseReference(SchemaSource source, Map<String, Schema> known) {
    Parsed cached = referenceCache.get(source.file());
    if (cached != null && cached.failure().isEmpty()) {
      return cached;
    }
    Schema.Parser parser = new Schema.Parser().addTypes(known.values());
    Parsed result;
    if (source.text().isBlank()) {
      result = new Parsed(Map.of(), Optional.of(AvroFailure.empty()));
      referenceCache.put(source.file(), result);
      return result;
    }
    try {
      parser.parse(source.text());
      result = new Parsed(Map.copyOf(parser.getTypes()), Optional.empty());
    } catch (RuntimeException e) {
      result = new Parsed(Map.of(), Optional.of(AvroFailure.of(e)));
    }
    referenceCache.put(source.file(), result);
    return result;
  }

  /** The reference's name must be a type its file defines, or the registry records a wrong one. */
  private Optional<Diagnostic> nameMismatch(
      SchemaReference ref, Map<String, Schema> types, SchemaInput input) {
    if (types.containsKey(ref.name()) || !reported.add(ref.source().file() + "#" + ref.name())) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.warning(
            SchemaCodes.REFERENCE_NAME_MISMATCH,
            ref.location(),
            "Reference '"
                + ref.name()
                + "' of "
                + input.describe()
                + " names no type defined in "
                + ref.source().file()
                + ".",
            "Set the reference's 'name' to the full name of the type the file defines"
                + " (namespace.Name)."));
  }

  private void reportOnce(
      SchemaSource source, AvroFailure failure, SchemaInput input, List<Diagnostic> found) {
    if (reported.add(source.file())) {
      found.add(failure.report(source, "a reference of " + input.describe()));
    }
  }

  private static Diagnostic notRecord(SchemaInput input, Schema schema) {
    String type = schema.getType().getName();
    return Diagnostic.warning(
        SchemaCodes.AVRO_NOT_RECORD,
        SourceLocation.ofFile(input.spec().source().file()),
        "Avro schema "
            + input.spec().source().file()
            + " ("
            + input.describe()
            + ") is a top-level "
            + type
            + ", not a record.",
        "Wrap the value in a record: a record can gain optional fields compatibly, and the"
            + " record-name subject strategies need one.");
  }
}
