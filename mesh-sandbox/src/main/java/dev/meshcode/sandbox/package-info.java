/**
 * Launchers for real local servers: a Kafka broker in KRaft mode and Apicurio Registry (the
 * Confluent-compatible schema registry), each a forked JVM bound to 127.0.0.1 on free ports, with a
 * state file so that another JVM (a later {@code mvn mesh:sandbox-stop}) can find and stop it. Used
 * by {@code mesh:sandbox-start} and by this project's integration tests. Depends on the JDK only:
 * artifacts arrive already resolved (Maven resolves them), nothing here talks to a repository.
 */
package dev.meshcode.sandbox;
