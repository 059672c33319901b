package dev.meshcode.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt names (fields, kinds, domains, owners, products, types, rules):
 * the one place that decides what counts as a likely typo, so every diagnostic suggests alike.
 */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * The candidate nearest to {@code typed} when it is a plausible typo: at most one edit per three
   * characters (at least one, at most three), case ignored, a swap of neighbours counting as one
   * edit. Ties go to the alphabetically first candidate, so suggestions are deterministic. A
   * candidate equal to {@code typed} is not a suggestion.
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String lower = typed.toLowerCase(Locale.ROOT);
    int bound = Math.max(1, Math.min(3, typed.length() / 3)) + 1;
    String best = "";
    int bestDistance = bound;
    for (String candidate : candidates) {
      if (candidate.equals(typed)) {
        continue;
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance + 1);
      if (d < bestDistance || (d == bestDistance && d < bound && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance < bound ? Optional.of(best) : Optional.empty();
  }

  /**
   * {@code " Did you mean 'x'?"} for a suggestion, or the empty string, to append to a sentence.
   */
  public static String sentence(Optional<String> suggestion) {
    return suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
  }

  /**
   * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up with
   * {@code bound} once the answer cannot be below it, so long candidate lists stay cheap.
   */
  static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) >= bound) {
      return bound;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      d[i][0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
        rowMin = Math.min(rowMin, d[i][j]);
      }
      if (rowMin >= bound) {
        return bound;
      }
    }
    return Math.min(d[a.length()][b.length()], bound);
  }
}
