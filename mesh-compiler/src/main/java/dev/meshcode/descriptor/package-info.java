/**
 * Reads a mesh repository: the only package that reads files. Depends on {@code model}, {@code
 * diag}, SnakeYAML, Jackson and the JSON Schema validator; nothing but {@code api} depends on it.
 *
 * <p>The pipeline, one small class per step: {@code DescriptorFinder} finds the files under the
 * mesh's {@code include} folders; {@code FileResolver} reads them (strict UTF-8, size limits, never
 * outside the repository); {@code YamlReader} composes each document into a {@code PositionedNode}
 * tree that keeps {@code file:line:col} ({@code PlainYaml} reads the plain YAML most descriptors
 * are written in, SnakeYAML everything else, with the same result); {@code KindDispatcher} reads
 * {@code apiVersion} and {@code kind}; {@code SecretScanner} refuses inline secrets in
 * environments; {@code JsonTree} converts to Jackson while indexing every path's position; {@code
 * SchemaValidator} checks the kind's JSON Schema (shipped under {@code dev/meshcode/schema/v1/})
 * and {@code SchemaMessages} words the result as one diagnostic per problem; the per-kind binders
 * build model records with defaults applied and an {@link dev.meshcode.model.Origin} for every
 * field.
 *
 * <p>Invariants: no input makes the loader throw; a document with any error is left out of the
 * mesh; secret values never appear in a diagnostic.
 */
package dev.meshcode.descriptor;
