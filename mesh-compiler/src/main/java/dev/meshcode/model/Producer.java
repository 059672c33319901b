package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.util.Optional;

/**
 * An application allowed to write a product's topic.
 *
 * @param principal the Kafka principal, for example {@code User:trading-gateway}
 * @param transactionalId the transactional id (or prefix ending in {@code *}) it may use; empty
 *     when it does not write transactionally
 */
public record Producer(
    String principal, Optional<String> transactionalId, SourceLocation location) {}
