package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.util.Optional;

/**
 * An application allowed to read a product.
 *
 * @param principal the Kafka principal, for example {@code User:fraud-detector}
 * @param group the consumer group it reads with; a trailing {@code *} makes it a prefix
 * @param domain the domain the application belongs to, when known; cross-domain rules use it
 * @param location where the consumer is declared
 */
public record Consumer(
    String principal, Optional<String> group, Optional<String> domain, SourceLocation location) {}
