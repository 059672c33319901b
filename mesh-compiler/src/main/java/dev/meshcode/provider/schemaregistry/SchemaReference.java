package dev.meshcode.provider.schemaregistry;

/**
 * A schema's reference to another registered schema.
 *
 * @param name how the referring schema names it (Avro full name, JSON/Protobuf import path)
 * @param subject the subject the referenced schema is registered under
 * @param version the referenced version
 */
public record SchemaReference(String name, String subject, int version) {}
