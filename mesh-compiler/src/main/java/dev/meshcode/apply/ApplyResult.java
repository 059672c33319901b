package dev.meshcode.apply;

import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.ChangeOutcome.Status;
import java.util.List;

/**
 * What an apply did: an outcome per change of the plan, in plan order.
 *
 * @param outcomes one per change
 */
public record ApplyResult(List<ChangeOutcome> outcomes) {

  public ApplyResult {
    outcomes = List.copyOf(outcomes);
  }

  public long applied() {
    return count(Status.APPLIED);
  }

  public long failed() {
    return count(Status.FAILED);
  }

  public long skipped() {
    return count(Status.SKIPPED);
  }

  /** Every change applied. */
  public boolean succeeded() {
    return applied() == outcomes.size();
  }

  public List<ChangeOutcome> failures() {
    return outcomes.stream().filter(o -> o.status() != Status.APPLIED).toList();
  }

  private long count(Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
