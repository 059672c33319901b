/**
 * Launchers for real local servers: a Kafka broker (KRaft mode, one or more nodes) and Apicurio
 * Registry (the Confluent-compatible schema registry), each a forked JVM bound to 127.0.0.1 on free
 * ports with its data under a directory the caller chooses. A launcher records what it started in
 * that directory, so another JVM (a later {@code mvn mesh:sandbox-stop}) can find and stop it. Used
 * by {@code mesh:sandbox-start} and by this project's integration tests. Depends on the JDK only at
 * compile time: the servers' artifacts arrive already resolved; nothing here talks to a repository
 * and nothing here depends on {@code mesh-compiler} (the contract tests against these servers live
 * in this module's tests, which do).
 */
package dev.meshcode.sandbox;
