/**
 * Offline schema compatibility: whether a new version of an Avro, JSON Schema or Protobuf schema
 * may replace the earlier ones under a subject's compatibility level, with the field path and the
 * reason of every incompatibility. A pull request gets this verdict without a registry; when a
 * registry is reachable the plan asks it instead, and a shared corpus keeps the two in agreement.
 *
 * <p>Pure: depends on {@code model} and the schema libraries (Avro, Wire, Jackson) only.
 */
package dev.meshcode.compat;
