package dev.meshcode.review;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Attributes a live topic cannot change without cost: each finding says what the change would cost.
 * Errors for what breaks readers or loses data (topic name, partition decrease, key schema,
 * compaction removed); a warning for the replication factor, which costs a reassignment but no
 * reader notices. A product retired in the change is skipped: its topic is about to go.
 */
final class ImmutableRule {

  private static final String CONTENT_CHANGED = "its content changed";

  private ImmutableRule() {}

  static void check(DataProduct base, DataProduct head, List<Diagnostic> out) {
    Topic before = base.topic();
    Topic after = head.topic();
    if (!before.name().equals(after.name())) {
      out.add(ImmutableFindings.topicName(head, before.name()));
    }
    if (after.partitions() < before.partitions()) {
      out.add(ImmutableFindings.partitions(head, before.partitions()));
    }
    if (after.replicationFactor() != before.replicationFactor()) {
      out.add(ImmutableFindings.replicationFactor(head, before.replicationFactor()));
    }
    keyChange(base.keySchema(), head.keySchema())
        .ifPresent(
            what -> out.add(ImmutableFindings.keySchema(head, what, what.equals(CONTENT_CHANGED))));
    Set<String> policyBefore = policy(before);
    if (policyBefore.contains("compact") && !policyBefore.equals(policy(after))) {
      out.add(ImmutableFindings.cleanupPolicy(head, before, after));
    }
  }

  /** What changed about the key schema, when the base had one. */
  static Optional<String> keyChange(Optional<SchemaSpec> base, Optional<SchemaSpec> head) {
    if (base.isEmpty()) {
      return Optional.empty();
    }
    SchemaSpec b = base.get();
    if (head.isEmpty()) {
      return Optional.of("the key schema was removed");
    }
    SchemaSpec h = head.get();
    if (!b.subject().equals(h.subject())) {
      return Optional.of("its subject changed from `" + b.subject() + "` to `" + h.subject() + "`");
    }
    if (b.format() != h.format()) {
      return Optional.of(
          "its format changed from " + b.format().label() + " to " + h.format().label());
    }
    if (!SchemaRule.text(b).equals(SchemaRule.text(h))) {
      return Optional.of(CONTENT_CHANGED);
    }
    return Optional.empty();
  }

  /** {@code cleanup.policy} as a set of words, so {@code delete,compact} equals the reverse. */
  static Set<String> policy(Topic topic) {
    Set<String> words = new TreeSet<>();
    topic
        .config("cleanup.policy")
        .ifPresent(
            v ->
                Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .forEach(words::add));
    if (words.isEmpty()) {
      words.add("delete");
    }
    return words;
  }
}
