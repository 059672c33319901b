package dev.meshcode.model;

/** The schema languages Schema Registry understands, with their registry type names. */
public enum SchemaFormat {
  AVRO("avro", "AVRO"),
  JSON_SCHEMA("json", "JSON"),
  PROTOBUF("protobuf", "PROTOBUF");

  private final String label;
  private final String registryType;

  SchemaFormat(String label, String registryType) {
    this.label = label;
    this.registryType = registryType;
  }

  /** The descriptor spelling: {@code avro}, {@code json}, {@code protobuf}. */
  public String label() {
    return label;
  }

  /** The {@code schemaType} of Schema Registry's REST API. */
  public String registryType() {
    return registryType;
  }
}
