/**
 * Desired resources: the mesh lowered, per environment, into the objects each system holds (Kafka
 * topics with their configs, schema subjects and their configs; later ACLs, catalog entries and
 * queries), with the attribute rules that drive the one generic planner and the name spaces the
 * mesh owns. Pure: depends on {@code model}, {@code diag} and {@code schema} (for the canonical
 * form of schemas) only.
 */
package dev.meshcode.resource;
