package dev.meshcode.model;

import dev.meshcode.diag.SourceLocation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A product's documented exemption from one policy rule.
 *
 * @param rule the rule's code, {@code policy-name/rule-id}
 * @param reason why the exemption is acceptable; required, shown in every output
 * @param expires after this date the waiver no longer applies
 */
public record Waiver(
    String rule, String reason, Optional<LocalDate> expires, SourceLocation location) {}
