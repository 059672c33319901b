package dev.meshcode.policy.builtin;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code durability}: floors for the replication factor and {@code min.insync.replicas}; an unset
 * {@code min.insync.replicas} is Kafka's default of 1, which is what the broker will enforce.
 */
public record DurabilityEvaluator(RuleCheck.Durability check) implements RuleEvaluator {

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    floor(product, TopicSetting.REPLICATION_FACTOR, check.minReplicationFactor())
        .ifPresent(found::add);
    floor(product, TopicSetting.MIN_INSYNC_REPLICAS, check.minInsyncReplicas())
        .ifPresent(found::add);
    return found;
  }

  private static Optional<Finding> floor(DataProduct product, TopicSetting setting, int min) {
    Optional<TopicSetting.Value> value = setting.read(product.topic());
    if (value.isEmpty()) {
      return Optional.of(setting.notANumber(product));
    }
    if (value.get().number() >= min) {
      return Optional.empty();
    }
    return Optional.of(
        new Violation(
            product.id()
                + " has "
                + setting.label()
                + " "
                + value.get().described()
                + ", below the minimum of "
                + min
                + ".",
            "Set " + setting.key() + " to " + min + " or more.",
            Fields.at(product, setting.path())));
  }
}
