/**
 * Launchers for real local servers, each a forked JVM bound to free loopback ports with its data
 * under a directory the caller chooses: the user's sandbox environment ({@code mesh:sandbox-start})
 * and the servers of this project's integration tests. A launcher records what it started in its
 * data directory, so another JVM can stop it. Depends on the JDK and on the servers' own jars only;
 * never on {@code mesh-compiler} (whose tests use this module).
 */
package dev.meshcode.sandbox;
