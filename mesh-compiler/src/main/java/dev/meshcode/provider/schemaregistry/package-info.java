/**
 * The Schema Registry adapter. {@link dev.meshcode.provider.schemaregistry.SchemaRegistryClient} is
 * our own client for the Confluent Schema Registry REST API (v7), over {@code java.net.http} and
 * Jackson: Confluent Platform, Confluent Cloud (basic auth over TLS) and Apicurio Registry's {@code
 * /apis/ccompat/v7}. Their differences are absorbed there (error shapes, missing endpoints, 404
 * meanings), so callers see one behaviour; the client depends on {@code model} (compatibility
 * levels) and the JDK only. {@link dev.meshcode.provider.schemaregistry.SchemaRegistryProvider}
 * wraps the client behind the provider port (read, apply, compatibility check); it and its
 * package-private parts ({@code LiveSubjects}, {@code SubjectConfigApply}, {@code
 * SchemaRegistration}, {@code CompatibilityJudge}) also depend on {@code provider}, {@code plan},
 * {@code resource} and {@code state}; the client never does. Network I/O lives only here and in the
 * other providers.
 */
package dev.meshcode.provider.schemaregistry;
