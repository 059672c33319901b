/**
 * Desired resources: the mesh lowered, per environment, into the objects each system holds (Kafka
 * topics, schema subjects and their configs, later ACLs, catalog entries and queries), each with
 * the attribute rules that drive the one generic planner. Pure: depends on {@code model} and {@code
 * diag} only.
 */
package dev.meshcode.resource;
