package dev.meshcode.schema;

import dev.meshcode.model.SchemaFormat;

/**
 * A parser for one schema language. An instance remembers the reference files it has parsed, so a
 * file shared by many products is parsed (and its problems reported) once; use one instance per
 * check of a mesh.
 */
public sealed interface SchemaParser
    permits AvroSchemaParser, JsonSchemaParser, ProtobufSchemaParser {

  SchemaFormat format();

  /** Parses the schema and its references; never throws for any input. */
  SchemaParse parse(SchemaInput input);

  /** A fresh parser (with an empty reference cache) for {@code format}. */
  static SchemaParser of(SchemaFormat format) {
    return switch (format) {
      case AVRO -> new AvroSchemaParser();
      case JSON_SCHEMA -> new JsonSchemaParser();
      case PROTOBUF -> new ProtobufSchemaParser();
    };
  }
}
