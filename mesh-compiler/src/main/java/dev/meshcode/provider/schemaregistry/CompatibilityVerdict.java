package dev.meshcode.provider.schemaregistry;

import java.util.List;

/**
 * The registry's answer to "would this schema be accepted under the subject's compatibility?".
 *
 * @param compatible whether a registration would pass the compatibility rule
 * @param messages why not, as the registry words it; Confluent sends {@code messages} with {@code
 *     verbose=true}, Apicurio 2.6 a single {@code reason}, Apicurio 3 nothing at all
 * @param subjectExists false when the registry answered that the subject (or its latest version)
 *     does not exist: a new subject, compatible by definition. Apicurio 3 answers {@code true} for
 *     an unknown subject, so this can be true for a new subject there.
 */
public record CompatibilityVerdict(
    boolean compatible, List<String> messages, boolean subjectExists) {

  public CompatibilityVerdict {
    messages = List.copyOf(messages);
  }

  static CompatibilityVerdict newSubject() {
    return new CompatibilityVerdict(true, List.of(), false);
  }
}
