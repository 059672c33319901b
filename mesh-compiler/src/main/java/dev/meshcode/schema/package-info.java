/**
 * Schema languages: parses Avro, JSON Schema and Protobuf texts (with their references) and reports
 * syntax errors at the schema file's line. Pure: works on texts the descriptor loader read; depends
 * on {@code model}, {@code diag}, Apache Avro, the JSON Schema validator and Wire's proto parser.
 */
package dev.meshcode.schema;
