package dev.meshcode.provider.schemaregistry;

/**
 * One registered version of a subject.
 *
 * @param id the registry-wide schema id (equal schemas share it across subjects)
 * @param version the version number within the subject
 */
public record SubjectVersion(String subject, int id, int version, SchemaDefinition definition) {}
