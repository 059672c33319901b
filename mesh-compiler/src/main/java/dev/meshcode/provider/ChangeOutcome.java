package dev.meshcode.provider;

import dev.meshcode.resource.ResourceAddress;
import java.util.Locale;

/**
 * What became of one change at apply.
 *
 * @param message for {@code FAILED}, what the system said (never a credential); for {@code
 *     SKIPPED}, why it was not attempted; for {@code APPLIED}, empty or a note such as "already
 *     existed"
 */
public record ChangeOutcome(ResourceAddress address, Status status, String message) {

  /** The three ends of a change. */
  public enum Status {
    APPLIED,
    FAILED,
    SKIPPED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static ChangeOutcome applied(ResourceAddress address) {
    return new ChangeOutcome(address, Status.APPLIED, "");
  }

  public static ChangeOutcome failed(ResourceAddress address, String message) {
    return new ChangeOutcome(address, Status.FAILED, message);
  }

  public static ChangeOutcome skipped(ResourceAddress address, String message) {
    return new ChangeOutcome(address, Status.SKIPPED, message);
  }
}
