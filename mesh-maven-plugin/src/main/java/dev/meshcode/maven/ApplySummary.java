package dev.meshcode.maven;

import dev.meshcode.apply.ApplyResult;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanSummary;
import dev.meshcode.provider.ChangeOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words of plan and apply summaries: counts first, then each change that did not apply. */
final class ApplySummary {

  private ApplySummary() {}

  static String changes(Plan plan) {
    PlanSummary s = plan.summary();
    return s.create()
        + " to create, "
        + s.update()
        + " to update, "
        + s.replace()
        + " to replace, "
        + s.delete()
        + " to delete";
  }

  static String counts(ApplyResult result) {
    return result.applied()
        + " applied, "
        + result.failed()
        + " failed, "
        + result.skipped()
        + " skipped";
  }

  /** One line per change that did not apply: {@code failed kafka_topic.x: why}. */
  static List<String> lines(ApplyResult result) {
    List<String> lines = new ArrayList<>();
    lines.add("Apply: " + counts(result) + ".");
    for (ChangeOutcome o : result.failures()) {
      lines.add("  " + o.status().label() + "  " + o.address() + ": " + o.message());
    }
    return lines;
  }

  static String reasons(ApplyResult result) {
    return result.failures().stream()
        .map(o -> o.address() + " " + o.status().label() + ": " + o.message())
        .collect(Collectors.joining("; ", "", "."));
  }
}
