package dev.meshcode.descriptor;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** "Did you mean" suggestions by edit distance, and lists of allowed words for hints. */
final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code written}, if it is close enough to be a plausible typo. */
  static Optional<String> closest(String written, Collection<String> candidates) {
    String lower = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, written.length() / 3);
    return best != null && bestDistance <= allowed && !best.equals(written)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Each word in backticks. */
  static java.util.List<String> quotedEach(Collection<String> words) {
    return words.stream().map(w -> "`" + w + "`").toList();
  }

  /** {@code `a`, `b`, `c`}. */
  static String quoted(Collection<String> words) {
    return words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
  }

  /** Levenshtein distance, with a transposition counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
