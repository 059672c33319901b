package dev.meshcode.check;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt names: the closest candidate within a small edit distance. */
final class Suggestions {

  private Suggestions() {}

  /** The candidate nearest to {@code typed}, if one is close enough to be a likely typo. */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(3, typed.length() / 3));
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      int d = distance(typed, candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " Did you mean 'x'?"} or the empty string, to append to a summary. */
  static String didYouMean(Optional<String> suggestion) {
    return suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
  }

  /** Levenshtein distance, giving up (returning {@code bound}) once it cannot be below it. */
  static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) >= bound) {
      return bound;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= bound) {
        return bound;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], bound);
  }
}
