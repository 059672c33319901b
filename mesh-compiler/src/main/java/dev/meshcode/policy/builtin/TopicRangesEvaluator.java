package dev.meshcode.policy.builtin;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Range;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.policy.rule.Compilation;
import dev.meshcode.policy.rule.Fields;
import dev.meshcode.policy.rule.Finding;
import dev.meshcode.policy.rule.Finding.Violation;
import dev.meshcode.policy.rule.MeshIndex;
import dev.meshcode.policy.rule.RuleEvaluator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code topicRanges}: bounds on partitions, replication factor, {@code min.insync.replicas} (unset
 * = 1) and {@code retention.ms} (unset = 7 days; {@code -1} = infinite, above any maximum).
 */
public final class TopicRangesEvaluator implements RuleEvaluator {

  private final Map<TopicSetting, Range> bounds;

  private TopicRangesEvaluator(Map<TopicSetting, Range> bounds) {
    this.bounds = bounds;
  }

  public static Compilation compile(Rule rule, RuleCheck.TopicRanges check) {
    Map<TopicSetting, Range> bounds = new EnumMap<>(TopicSetting.class);
    check.partitions().ifPresent(r -> bounds.put(TopicSetting.PARTITIONS, r));
    check.replicationFactor().ifPresent(r -> bounds.put(TopicSetting.REPLICATION_FACTOR, r));
    check.minInsyncReplicas().ifPresent(r -> bounds.put(TopicSetting.MIN_INSYNC_REPLICAS, r));
    check.retentionMs().ifPresent(r -> bounds.put(TopicSetting.RETENTION_MS, r));
    for (Map.Entry<TopicSetting, Range> e : bounds.entrySet()) {
      Range r = e.getValue();
      if (r.min().isPresent() && r.max().isPresent() && r.min().getAsLong() > r.max().getAsLong()) {
        return Compilation.invalid(
            rule,
            "Rule "
                + rule.code()
                + " allows "
                + e.getKey().label()
                + " "
                + r.describe()
                + ", an empty range.",
            "Make min less than or equal to max.");
      }
    }
    return Compilation.ready(new TopicRangesEvaluator(bounds));
  }

  @Override
  public List<Finding> evaluate(DataProduct product, MeshIndex mesh) {
    List<Finding> found = new ArrayList<>();
    bounds.forEach((setting, range) -> judge(product, setting, range).ifPresent(found::add));
    return found;
  }

  private static Optional<Finding> judge(DataProduct product, TopicSetting setting, Range range) {
    Optional<TopicSetting.Value> read = setting.read(product.topic());
    if (read.isEmpty()) {
      return Optional.of(setting.notANumber(product));
    }
    TopicSetting.Value value = read.get();
    boolean infinite = setting == TopicSetting.RETENTION_MS && value.number() == -1;
    String problem;
    if (infinite) {
      if (range.max().isEmpty()) {
        return Optional.empty();
      }
      problem = "-1 (infinite), above the maximum of " + range.max().getAsLong();
    } else if (range.contains(value.number())) {
      return Optional.empty();
    } else if (range.min().isPresent() && value.number() < range.min().getAsLong()) {
      problem = value.described() + ", below the minimum of " + range.min().getAsLong();
    } else {
      problem = value.described() + ", above the maximum of " + range.max().orElse(0L);
    }
    return Optional.of(
        new Violation(
            product.id() + " has " + setting.label() + " " + problem + ".",
            "Set " + setting.key() + " within " + range.describe() + ".",
            Fields.at(product, setting.path())));
  }
}
