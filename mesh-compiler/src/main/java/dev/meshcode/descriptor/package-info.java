/**
 * Reads a mesh repository: YAML documents composed into nodes that keep {@code file:line:col},
 * checked against the JSON Schema of their kind, and bound into {@link dev.meshcode.model} records;
 * schema and SQL files are read here too. The only package that reads files. Depends on {@code
 * model}, {@code diag}, SnakeYAML, Jackson and the JSON Schema validator.
 */
package dev.meshcode.descriptor;
