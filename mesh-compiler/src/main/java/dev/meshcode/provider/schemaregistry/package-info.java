/**
 * Our own client for the Confluent Schema Registry REST API (v7), over {@code java.net.http} and
 * Jackson: Confluent Platform, Confluent Cloud (basic auth over TLS) and Apicurio Registry's {@code
 * /apis/ccompat/v7}. Their differences are absorbed here (error shapes, missing endpoints, 404
 * meanings), so callers see one behaviour. Network I/O lives only here and in the other providers;
 * this package depends on {@code model} (compatibility levels) and the JDK, never on the planner,
 * which wraps it through the provider port.
 */
package dev.meshcode.provider.schemaregistry;
