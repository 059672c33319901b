package dev.meshcode.model;

import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import java.util.Optional;

/**
 * One governance rule of a policy.
 *
 * @param code {@code policy-name/rule-id}: how diagnostics name it and how waivers refer to it
 * @param message overrides the built-in summary of a violation; for CEL rules it is required
 */
public record Rule(
    String code,
    String description,
    Severity severity,
    Selector selector,
    RuleCheck check,
    Optional<String> message,
    SourceLocation location) {}
