/**
 * The facade that hosts (the Maven plugin, benchmarks, tests) call: one method per goal, results as
 * values, progress as {@link dev.meshcode.api.MeshEvent}s instead of log lines. May depend on every
 * other package; nothing in the core depends on it.
 */
package dev.meshcode.api;
