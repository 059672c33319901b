package dev.meshcode.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.JsonNodeReader;
import com.networknt.schema.utils.JsonNodes;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON Schema: the text must be JSON, and the JSON a valid schema of its draft (checked against the
 * draft's meta-schema). Positions come from a location-aware JSON reader, so a bad keyword is
 * reported at its own line and column.
 */
final class JsonSchemaParser implements SchemaParser {

  /** Enough to fix a file in one go without flooding the report. */
  private static final int MAX_PROBLEMS_PER_FILE = 10;

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final JsonNodeReader reader = JsonNodeReader.builder().locationAware().build();
  private final Map<JsonSchemaDraft, JsonSchema> metaSchemas = new EnumMap<>(JsonSchemaDraft.class);
  private final Map<String, List<Diagnostic>> referenceCache = new HashMap<>();

  @Override
  public SchemaFormat format() {
    return SchemaFormat.JSON_SCHEMA;
  }

  @Override
  public SchemaParse parse(SchemaInput input) {
    List<Diagnostic> found = new ArrayList<>();
    boolean brokenReference = false;
    for (SchemaReference ref : input.spec().references()) {
      String file = ref.source().file();
      if (!referenceCache.containsKey(file)) {
        List<Diagnostic> problems = new ArrayList<>();
        check(ref.source(), "a reference of " + input.describe(), problems);
        referenceCache.put(file, problems);
        found.addAll(problems);
      }
      brokenReference |= referenceCache.get(file).stream().anyMatch(Diagnostic::isError);
    }
    SchemaSource source = input.spec().source();
    Optional<JsonNode> root = check(source, input.describe(), found);
    if (root.isEmpty() || brokenReference || found.stream().anyMatch(Diagnostic::isError)) {
      return SchemaParse.failed(found);
    }
    found.addAll(JsonReferences.missing(root.get(), source, input));
    if (found.stream().anyMatch(Diagnostic::isError)) {
      return SchemaParse.failed(found);
    }
    return new SchemaParse(Optional.of(parsed(source, root.get())), found);
  }

  /** Reads and validates one file; returns its tree unless it is not JSON. */
  private Optional<JsonNode> check(SchemaSource source, String whose, List<Diagnostic> found) {
    String prefix = "JSON Schema " + source.file() + " (" + whose + ")";
    JsonNode root;
    try {
      root = reader.readTree(source.text(), InputFormat.JSON);
    } catch (IOException | RuntimeException e) {
      found.add(notJson(source, prefix, e));
      return Optional.empty();
    }
    if (root == null || root.isMissingNode()) {
      found.add(
          Diagnostic.error(
              SchemaCodes.INVALID_JSON,
              SourceLocation.ofFile(source.file()),
              prefix + " is empty.",
              "Write a JSON Schema document, for example {\"type\": \"object\"}."));
      return Optional.empty();
    }
    JsonSchemaDraft draft = draft(root, source, prefix, found);
    try {
      found.addAll(metaProblems(root, draft, source, prefix));
    } catch (RuntimeException e) {
      found.add(
          Diagnostic.error(
              SchemaCodes.INVALID_JSON,
              SourceLocation.ofFile(source.file()),
              prefix
                  + " could not be checked as a "
                  + draft.label()
                  + " schema: "
                  + ParserMessages.firstLine(ParserMessages.of(e))
                  + ".",
              "Simplify the schema around the keyword named in the message."));
    }
    return Optional.of(root);
  }

  private JsonSchemaDraft draft(
      JsonNode root, SchemaSource source, String prefix, List<Diagnostic> found) {
    JsonNode declared = root.path("$schema");
    if (!declared.isTextual()) {
      return JsonSchemaDraft.DEFAULT;
    }
    Optional<JsonSchemaDraft> draft = JsonSchemaDraft.of(declared.asText());
    if (draft.isEmpty()) {
      found.add(
          Diagnostic.warning(
              SchemaCodes.UNKNOWN_JSON_DRAFT,
              locate(source, declared),
              prefix + " declares an unknown $schema '" + declared.asText() + "'.",
              "Use one of the drafts Schema Registry supports (draft-04, -06, -07, 2019-09,"
                  + " 2020-12); it is checked as "
                  + JsonSchemaDraft.DEFAULT.label()
                  + "."));
    }
    return draft.orElse(JsonSchemaDraft.DEFAULT);
  }

  /** One diagnostic per offending value, each at the value's position. */
  private List<Diagnostic> metaProblems(
      JsonNode root, JsonSchemaDraft draft, SchemaSource source, String prefix) {
    Set<ValidationMessage> messages = metaSchema(draft).validate(root);
    Map<String, List<ValidationMessage>> byPlace = new LinkedHashMap<>();
    for (ValidationMessage m : messages) {
      byPlace.computeIfAbsent(m.getInstanceLocation().toString(), k -> new ArrayList<>()).add(m);
    }
    List<Diagnostic> found = new ArrayList<>();
    for (List<ValidationMessage> place : byPlace.values()) {
      ValidationMessage first = place.get(0);
      JsonNode node = JsonNodes.get(root, first.getInstanceLocation());
      String all =
          place.stream()
              .map(ValidationMessage::getMessage)
              .distinct()
              .reduce((a, b) -> a + "\n" + b)
              .orElse("");
      found.add(
          Diagnostic.error(
                  SchemaCodes.INVALID_JSON,
                  node == null ? SourceLocation.ofFile(source.file()) : locate(source, node),
                  prefix
                      + " is not a valid "
                      + draft.label()
                      + " schema: "
                      + ParserMessages.firstLine(first.getMessage())
                      + ".",
                  "Fix the keyword's value; the "
                      + draft.label()
                      + " specification lists what it accepts.")
              .withDetail(place.size() > 1 ? all : ""));
      if (found.size() == MAX_PROBLEMS_PER_FILE) {
        break;
      }
    }
    return found;
  }

  private JsonSchema metaSchema(JsonSchemaDraft draft) {
    return metaSchemas.computeIfAbsent(
        draft,
        d ->
            JsonSchemaFactory.getInstance(d.version())
                .getSchema(SchemaLocation.of(d.metaSchema())));
  }

  private static Diagnostic notJson(SchemaSource source, String prefix, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException j) {
        JsonLocation at = j.getLocation();
        SourceLocation where =
            at == null
                ? SourceLocation.ofFile(source.file())
                : TextPositions.lineColumn(source.file(), at.getLineNr(), at.getColumnNr());
        return Diagnostic.error(
            SchemaCodes.INVALID_JSON,
            where,
            prefix
                + " is not valid JSON: "
                + ParserMessages.firstLine(ParserMessages.clean(j.getOriginalMessage()))
                + ".",
            "Fix the JSON syntax at this position (a missing comma, quote or bracket is usual).");
      }
    }
    return Diagnostic.error(
        SchemaCodes.INVALID_JSON,
        SourceLocation.ofFile(source.file()),
        prefix + " cannot be read: " + ParserMessages.firstLine(ParserMessages.of(e)) + ".",
        "Check that the file is UTF-8 JSON.");
  }

  static SourceLocation locate(SchemaSource source, JsonNode node) {
    JsonLocation at = JsonNodes.tokenLocationOf(node);
    return at == null
        ? SourceLocation.ofFile(source.file())
        : TextPositions.lineColumn(source.file(), at.getLineNr(), at.getColumnNr());
  }

  private static ParsedSchema parsed(SchemaSource source, JsonNode root) {
    String canonical;
    try {
      canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(root, Object.class));
    } catch (JsonProcessingException e) {
      canonical = root.toString();
    }
    JsonNode title = root.path("title");
    return new ParsedSchema(
        SchemaFormat.JSON_SCHEMA,
        source.file(),
        canonical,
        title.isTextual() ? Optional.of(title.asText()) : Optional.empty());
  }
}
