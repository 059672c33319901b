package dev.meshcode.descriptor;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Range;
import dev.meshcode.model.RuleCheck;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Binds the one check key of a policy rule. The schema guarantees exactly one is present; the order
 * here only decides which is tried first.
 */
final class RuleCheckBinder {

  private RuleCheckBinder() {}

  static RuleCheck bind(Fields rule) {
    if (rule.has("cel")) {
      return new RuleCheck.Cel(
          rule.text("cel"), rule.textAt("cel").line(), rule.textAt("cel").column());
    }
    if (rule.has("naming")) {
      Fields naming = rule.child("naming");
      return new RuleCheck.Naming(naming.optText("topic"), naming.optText("subject"));
    }
    if (rule.has("requiredMetadata")) {
      Fields required = rule.child("requiredMetadata");
      return new RuleCheck.RequiredMetadata(
          required.texts("fields"), Set.copyOf(required.texts("tags")));
    }
    if (rule.has("allowedValues")) {
      Fields allowed = rule.child("allowedValues");
      return new RuleCheck.AllowedValues(
          allowed.text("field"), Set.copyOf(allowed.texts("values")));
    }
    if (rule.has("topicRanges")) {
      Fields ranges = rule.child("topicRanges");
      return new RuleCheck.TopicRanges(
          range(ranges, "partitions"),
          range(ranges, "replicationFactor"),
          range(ranges, "minInsyncReplicas"),
          range(ranges, "retentionMs"));
    }
    return others(rule);
  }

  private static RuleCheck others(Fields rule) {
    if (rule.has("durability")) {
      Fields durability = rule.child("durability");
      return new RuleCheck.Durability(
          durability.intOr("minReplicationFactor", 1), durability.intOr("minInsyncReplicas", 1));
    }
    if (rule.has("compatibility")) {
      return new RuleCheck.CompatibilityLevels(
          PolicyBinder.constants(rule.child("compatibility"), "allowed", Compatibility::valueOf));
    }
    if (rule.has("inputQuality")) {
      return new RuleCheck.InputQuality(
          PolicyBinder.constants(rule.child("inputQuality"), "allowed", Quality::valueOf));
    }
    Fields sensitive = rule.child("sensitiveData");
    return new RuleCheck.SensitiveData(
        sensitive.text("tag"),
        sensitive.optText("requireQuality").map(ProductBinder::constant).map(Quality::valueOf),
        sensitive.boolOr("crossDomainRequiresGrant", true));
  }

  private static Optional<Range> range(Fields ranges, String key) {
    return ranges.optChild(key).map(r -> new Range(optLong(r, "min"), optLong(r, "max")));
  }

  private static OptionalLong optLong(Fields range, String key) {
    return range.has(key) ? OptionalLong.of(Long.parseLong(range.text(key))) : OptionalLong.empty();
  }
}
