package dev.meshcode.plan;

import java.util.List;

/** How many changes of each action a plan holds. */
public record PlanSummary(int create, int update, int replace, int delete) {

  public static PlanSummary of(List<ResourceChange> changes) {
    int[] counts = new int[Action.values().length];
    changes.forEach(c -> counts[c.action().ordinal()]++);
    return new PlanSummary(
        counts[Action.CREATE.ordinal()],
        counts[Action.UPDATE.ordinal()],
        counts[Action.REPLACE.ordinal()],
        counts[Action.DELETE.ordinal()]);
  }

  public int total() {
    return create + update + replace + delete;
  }
}
