package dev.meshcode.review;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Topic;

/** The wording of the immutable-attribute findings, each with what the change would cost. */
final class ImmutableFindings {

  private ImmutableFindings() {}

  private static String keep(String what) {
    return "Keep "
        + what
        + ", or publish a new product (a new version) with the change, move the consumers to it"
        + " and deprecate this one.";
  }

  static Diagnostic topicName(DataProduct head, String before) {
    return Diagnostic.error(
            ReviewCodes.TOPIC_NAME,
            head.origin().locate("topic/name"),
            "The topic of "
                + head.id()
                + " is renamed from `"
                + before
                + "` to `"
                + head.topic().name()
                + "`.",
            keep("the topic name `" + before + "`"))
        .withDetail(
            "A rename is a new, empty topic: consumers lose their offsets, the data is not copied,"
                + " and the old topic stays behind unmanaged.");
  }

  static Diagnostic partitions(DataProduct head, int before) {
    return Diagnostic.error(
            ReviewCodes.PARTITIONS,
            head.origin().locate("topic/partitions"),
            "The partitions of "
                + head.id()
                + " decrease from "
                + before
                + " to "
                + head.topic().partitions()
                + ".",
            keep(before + " partitions"))
        .withDetail(
            "Kafka cannot remove partitions: only deleting and re-creating the topic would, which"
                + " loses every record, and the plan refuses it.");
  }

  static Diagnostic replicationFactor(DataProduct head, int before) {
    return Diagnostic.warning(
            ReviewCodes.REPLICATION_FACTOR,
            head.origin().locate("topic/replicationFactor"),
            "The replication factor of "
                + head.id()
                + " changes from "
                + before
                + " to "
                + head.topic().replicationFactor()
                + ".",
            "Keep "
                + before
                + " in the descriptor, or reassign the partitions outside meshcode"
                + " first (kafka-reassign-partitions) and then change it here.")
        .withDetail(
            "meshcode does not reassign partitions, so the plan refuses the change; a reassignment"
                + " copies every partition to new brokers, which loads the cluster for its whole"
                + " size. Readers notice nothing.");
  }

  /**
   * Anchored where the change is: the key schema file when its content changed (the descriptor may
   * not be part of the pull request), else the key's declaration.
   */
  static Diagnostic keySchema(DataProduct head, String what, boolean content) {
    SourceLocation at =
        head.keySchema()
            .map(k -> content ? new SourceLocation(k.source().file(), 1, 1) : k.location())
            .orElse(head.origin().locate("schemas"));
    return Diagnostic.error(
            ReviewCodes.KEY_SCHEMA,
            at,
            "The key schema of " + head.id() + " changes: " + what + ".",
            keep("the base key schema"))
        .withDetail(
            "Keys decide partitions: records of one key written after the change land on another"
                + " partition than before, so per-key order breaks, and compaction keeps the old and"
                + " the new key side by side.");
  }

  static Diagnostic cleanupPolicy(DataProduct head, Topic before, Topic after) {
    String was = before.config("cleanup.policy").orElse("compact");
    String now = after.config("cleanup.policy").orElse("delete (the Kafka default)");
    return Diagnostic.error(
            ReviewCodes.CLEANUP_POLICY,
            head.origin().locate("topic/configs/cleanup.policy"),
            "The `cleanup.policy` of "
                + head.id()
                + " changes from `"
                + was
                + "` to `"
                + now
                + "`.",
            keep("`cleanup.policy: " + was + "`"))
        .withDetail(
            "Without compaction Kafka deletes records by age: the latest value of each key is no"
                + " longer kept, so readers that rebuild state from the topic lose it.");
  }
}
