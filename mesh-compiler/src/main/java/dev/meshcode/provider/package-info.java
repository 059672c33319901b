/**
 * The port: what every adapter to an external system implements. {@link
 * dev.meshcode.provider.Provider} reads live state for a {@code ReadScope} and applies batches of
 * {@code ResourceChange}s with an {@link dev.meshcode.provider.ChangeOutcome} per change; {@link
 * dev.meshcode.provider.CompatibilityChecker} judges schema changes at plan time; {@link
 * dev.meshcode.provider.OwnershipRecord} is what meshcode created in an environment, so that only
 * that can be an orphan ({@code Providers} leaves unrecorded orphan subjects out of the live
 * state). The adapters live in sub-packages ({@code provider.kafka}, {@code
 * provider.schemaregistry}) and are the only code that does network I/O; {@link
 * dev.meshcode.provider.SideRead} runs such work on a thread of its own. This package itself
 * depends on {@code resource}, {@code state}, {@code plan} and {@code diag} only.
 */
package dev.meshcode.provider;
