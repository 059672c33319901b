/**
 * The facade that hosts (the Maven plugin, benchmarks, tests) call: one method per goal, results as
 * values, progress as {@link dev.meshcode.api.MeshEvent}s instead of log lines. Plan and apply
 * reach external systems only through the host's {@link dev.meshcode.api.ProviderFactory} (adapters
 * found as {@link dev.meshcode.api.ProviderPlugin}s, credentials through a {@link
 * dev.meshcode.api.SecretResolver}); the facade itself does no I/O beyond passing the mesh root on.
 * May depend on every other package; nothing in the core depends on it.
 */
package dev.meshcode.api;
