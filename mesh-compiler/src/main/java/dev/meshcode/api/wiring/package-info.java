/**
 * Wiring between environments and adapters: {@link dev.meshcode.api.wiring.Connection} turns an
 * {@code Endpoint} and a {@code SecretResolver} into what a client needs, and the {@code
 * ProviderPlugin} implementations that construct each adapter belong here too. They cannot live in
 * {@code dev.meshcode.provider..}: the adapters would then depend on {@code api}, which depends on
 * the provider port, and the package slices would form a cycle. May depend on {@code api}, {@code
 * model} and the adapters' constructors; holds no network code of its own and never names a Kafka
 * class (only providers talk to Kafka).
 */
package dev.meshcode.api.wiring;
