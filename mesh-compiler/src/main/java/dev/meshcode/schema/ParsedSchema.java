package dev.meshcode.schema;

import dev.meshcode.model.SchemaFormat;
import java.util.Optional;

/**
 * A schema that parsed, in the forms later stages compare: registration, compatibility checks and
 * drift detection use {@code canonical}, never the file's text, so whitespace and key order never
 * count as a change.
 *
 * @param file the schema file, relative to the mesh root
 * @param canonical the normalised text: Avro's compact JSON form (referenced named types by name,
 *     not inlined), JSON Schema as compact JSON with sorted keys, Protobuf as Wire formats it
 * @param recordName the full name the record-name subject strategies use: the Avro record's full
 *     name, the first Protobuf message's full name, or a JSON Schema's {@code title}; empty when
 *     the schema has none
 */
public record ParsedSchema(
    SchemaFormat format, String file, String canonical, Optional<String> recordName) {}
