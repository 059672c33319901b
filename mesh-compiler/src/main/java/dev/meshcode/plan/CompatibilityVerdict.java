package dev.meshcode.plan;

import java.util.List;
import java.util.Locale;

/**
 * Whether a schema change is compatible with what the registry holds, decided at plan time so a dry
 * run never calls fine what apply would reject.
 *
 * @param level the subject's compatibility level the verdict was judged at ({@code BACKWARD}, …)
 * @param messages the registry's (or the offline checker's) reasons, verbatim; empty when
 *     compatible
 */
public record CompatibilityVerdict(
    String level, boolean compatible, List<String> messages, Source source) {

  public CompatibilityVerdict {
    messages = List.copyOf(messages);
  }

  /** Who judged. */
  public enum Source {
    /** The registry's compatibility endpoint. */
    REGISTRY,
    /** Checked without the registry (it was unreachable), against the last known version. */
    OFFLINE,
    /** The subject does not exist yet: anything is compatible with nothing. */
    NEW_SUBJECT;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public static CompatibilityVerdict newSubject(String level) {
    return new CompatibilityVerdict(level, true, List.of(), Source.NEW_SUBJECT);
  }
}
