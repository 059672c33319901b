package dev.meshcode.provider.schemaregistry;

import java.util.Locale;

/** The registry's {@code schemaType}; an absent field means AVRO. */
public enum SchemaType {
  AVRO,
  JSON,
  PROTOBUF;

  static SchemaType parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RegistryException.protocol("unknown schemaType '" + value + "'");
    }
  }
}
