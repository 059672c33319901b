/**
 * The Maven goals ({@code mesh:validate}, {@code mesh:plan}, {@code mesh:apply}, {@code
 * mesh:codeowners}): thin adapters over {@link dev.meshcode.api.MeshCompiler}; and {@code
 * mesh:sandbox-start}/{@code sandbox-stop}, thin adapters over the {@code dev.meshcode.sandbox}
 * launchers that resolve the servers' artifacts through Maven's resolver and record the endpoints
 * in {@code environments/sandbox.yaml}. They turn Maven parameters into compiler calls, compiler
 * events into log lines (apply progress at info, stage timings at debug), diagnostics and plans
 * into log lines and files under {@code target/mesh}, and the verdict into Maven's convention:
 * problems the user can fix are BUILD FAILURE ({@code MojoFailureException}), faults are BUILD
 * ERROR ({@code MojoExecutionException}). The providers are found with {@code
 * java.util.ServiceLoader} as {@link dev.meshcode.api.ProviderPlugin}s, secrets come from {@code
 * settings.xml} servers and environment variables. May depend on {@code dev.meshcode.api}, on the
 * value types it returns ({@code render}, {@code diag}, {@code model}, {@code plan}, {@code apply},
 * and the {@code provider} port, never an adapter), on {@code dev.meshcode.sandbox}, and on the
 * Maven API; nothing depends on it.
 */
package dev.meshcode.maven;
