package dev.meshcode.schema;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for type names: the candidate within a small edit distance, if any. */
final class NearestName {

  private NearestName() {}

  static Optional<String> closest(String typed, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(2, typed.length() / 3));
    Optional<String> best = Optional.empty();
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      int d = distance(typed, candidate);
      if (d > 0 && d < bestDistance) {
        best = Optional.of(candidate);
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance; type names are short, so the plain table is fine. */
  private static int distance(String a, String b) {
    int[][] table = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      table[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      table[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        table[i][j] =
            Math.min(table[i - 1][j - 1] + cost, Math.min(table[i - 1][j], table[i][j - 1]) + 1);
      }
    }
    return table[a.length()][b.length()];
  }
}
