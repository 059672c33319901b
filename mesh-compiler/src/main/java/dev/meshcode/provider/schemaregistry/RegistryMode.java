package dev.meshcode.provider.schemaregistry;

/** The registry's mode; only READWRITE (and IMPORT, for migrations) accepts registrations. */
public enum RegistryMode {
  READWRITE,
  READONLY,
  READONLY_OVERRIDE,
  IMPORT
}
