package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;

/**
 * A schema that another schema imports, as Schema Registry's references model it.
 *
 * @param name how the referring schema names it: the Avro full name, the JSON Schema {@code $ref}
 *     URL or the Protobuf import path
 * @param subject the subject the referenced schema is registered under
 * @param source the referenced schema's file and text
 * @param location where the reference is declared
 */
public record SchemaReference(
    String name, String subject, SchemaSource source, SourceLocation location) {}
