/**
 * Schema languages: parses Avro, JSON Schema and Protobuf texts (with their references) and reports
 * problems at the line and column inside the schema file. {@link dev.meshcode.schema.SchemaChecker}
 * is the entry point; its {@link dev.meshcode.schema.SchemaAnalysis} also keeps each schema's
 * {@link dev.meshcode.schema.ParsedSchema} (canonical text, record name) for compatibility checks
 * and normalised comparison. One {@link dev.meshcode.schema.SchemaParser} per format, each in its
 * own class.
 *
 * <p>Pure: works on texts the descriptor loader read, never on files or the network (JSON Schema
 * meta-schemas come from the validator's jar). Depends on {@code model}, {@code diag}, Apache Avro,
 * Jackson, the networknt JSON Schema validator and Wire's proto parser.
 */
package dev.meshcode.schema;
