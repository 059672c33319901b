package dev.meshcode.descriptor;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Lists of allowed words for hints, each word in backticks. */
final class QuotedWords {

  private QuotedWords() {}

  /** Each word in backticks. */
  static List<String> quotedEach(Collection<String> words) {
    return words.stream().map(w -> "`" + w + "`").toList();
  }

  /** {@code `a`, `b`, `c`}. */
  static String quoted(Collection<String> words) {
    return words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
  }
}
