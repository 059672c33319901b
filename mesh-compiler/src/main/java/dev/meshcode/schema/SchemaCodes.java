package dev.meshcode.schema;

/** The stable diagnostic codes of the schema checks; documented for users, never renamed. */
public final class SchemaCodes {

  public static final String INVALID_AVRO = "schema-invalid-avro";
  public static final String INVALID_JSON = "schema-invalid-json";
  public static final String INVALID_PROTOBUF = "schema-invalid-protobuf";
  public static final String REFERENCE_MISSING = "schema-reference-missing";
  public static final String REFERENCE_NAME_MISMATCH = "schema-reference-name-mismatch";
  public static final String UNKNOWN_JSON_DRAFT = "schema-json-unknown-draft";
  public static final String AVRO_NOT_RECORD = "schema-avro-not-record";
  public static final String FORMAT_MISMATCH = "schema-format-mismatch";

  private SchemaCodes() {}
}
