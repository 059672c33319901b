package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Topic settings that no broker could honour. The descriptor schema already keeps partitions and
 * replication factor positive; this catches combinations of values.
 */
final class TopicSanity implements MeshCheck {

  static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";

  @Override
  public List<Diagnostic> check(MeshView view) {
    List<Diagnostic> found = new ArrayList<>();
    for (DataProduct p : view.uniqueProducts()) {
      unwritable(p).ifPresent(found::add);
    }
    return found;
  }

  /** With more required in-sync replicas than replicas, every {@code acks=all} write fails. */
  private static Optional<Diagnostic> unwritable(DataProduct p) {
    Topic topic = p.topic();
    Optional<Integer> minInsync = topic.config(MIN_INSYNC_REPLICAS).flatMap(TopicSanity::integer);
    if (minInsync.isEmpty() || minInsync.get() <= topic.replicationFactor()) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            CheckCodes.UNWRITABLE_TOPIC,
            p.origin().locate("topic/configs/" + MIN_INSYNC_REPLICAS),
            "Topic '"
                + topic.name()
                + "' of product "
                + p.id()
                + " requires "
                + minInsync.get()
                + " in-sync replicas but has only "
                + topic.replicationFactor()
                + ".",
            "Lower min.insync.replicas to at most the replication factor (usually RF - 1), or"
                + " raise replicationFactor; producers with acks=all would fail with"
                + " NotEnoughReplicas."));
  }

  private static Optional<Integer> integer(String value) {
    try {
      return Optional.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
