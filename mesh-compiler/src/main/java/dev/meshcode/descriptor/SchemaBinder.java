package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Binds a product's {@code schemas.key} / {@code schemas.value}: reads the schema file and its
 * references, infers the format from the extension, defaults compatibility from the mesh and
 * computes the subject by the naming strategy.
 */
final class SchemaBinder {

  private final MeshSettings settings;
  private final ReferencedFiles files;

  SchemaBinder(MeshSettings settings, ReferencedFiles files) {
    this.settings = settings;
    this.files = files;
  }

  Optional<SchemaSpec> bind(Fields schema, SchemaRole role, String topic) {
    Optional<ReferencedFiles.Loaded> loaded =
        files.read(schema, "file", "schema-file-missing", "schema file");
    Optional<SchemaFormat> format = format(schema);
    List<SchemaReference> references = references(schema);
    if (loaded.isEmpty()
        || format.isEmpty()
        || references.size() < schema.items("references").size()) {
      return Optional.empty();
    }
    Optional<String> subject =
        schema.has("subject")
            ? schema.optText("subject")
            : SubjectNamer.subject(
                settings.subjectNaming(), topic, role, format.get(), loaded.get().text());
    if (subject.isEmpty()) {
      schema.problem(unresolved(schema, format.get()));
      return Optional.empty();
    }
    Compatibility compatibility =
        schema
            .optText("compatibility")
            .map(Compatibility::valueOf)
            .orElse(settings.defaultCompatibility());
    return Optional.of(
        new SchemaSpec(
            role,
            format.get(),
            new SchemaSource(loaded.get().file(), loaded.get().text()),
            subject.get(),
            compatibility,
            references,
            schema.at()));
  }

  private static Optional<SchemaFormat> format(Fields schema) {
    if (schema.has("format")) {
      return byLabel(schema.text("format"));
    }
    String file = schema.text("file");
    String extension = file.substring(file.lastIndexOf('.') + 1);
    Optional<SchemaFormat> inferred =
        extension.equals("avsc")
            ? Optional.of(SchemaFormat.AVRO)
            : extension.equals("json")
                ? Optional.of(SchemaFormat.JSON_SCHEMA)
                : extension.equals("proto") ? Optional.of(SchemaFormat.PROTOBUF) : Optional.empty();
    if (inferred.isEmpty()) {
      schema.problem(
          Diagnostic.error(
              "schema-format-unknown",
              schema.at("file"),
              "The format of the schema file `" + file + "` cannot be told from its extension.",
              "Name it `.avsc`, `.json` or `.proto`, or add `format: avro|json|protobuf`."));
    }
    return inferred;
  }

  static Optional<SchemaFormat> byLabel(String label) {
    return Arrays.stream(SchemaFormat.values()).filter(f -> f.label().equals(label)).findFirst();
  }

  private List<SchemaReference> references(Fields schema) {
    List<SchemaReference> out = new ArrayList<>();
    for (Fields ref : schema.items("references")) {
      files
          .read(ref, "file", "schema-file-missing", "referenced schema file")
          .ifPresent(
              loaded ->
                  out.add(
                      new SchemaReference(
                          ref.text("name"),
                          ref.text("subject"),
                          new SchemaSource(loaded.file(), loaded.text()),
                          ref.at())));
    }
    return out;
  }

  private Diagnostic unresolved(Fields schema, SchemaFormat format) {
    String source =
        format == SchemaFormat.AVRO
            ? "an Avro record with `name` (and `namespace`)"
            : format == SchemaFormat.JSON_SCHEMA
                ? "a JSON Schema with a `title`"
                : "a .proto file with a top-level `message`";
    return Diagnostic.error(
        "subject-unresolved",
        schema.at("file"),
        "The subject cannot be derived by the `"
            + settings.subjectNaming().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + "` naming strategy: the record name is not found in `"
            + schema.text("file")
            + "`.",
        "Make it " + source + ", or set `subject:` explicitly.");
  }
}
