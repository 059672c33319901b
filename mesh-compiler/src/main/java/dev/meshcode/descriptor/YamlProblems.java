package dev.meshcode.descriptor;

import java.util.List;
import java.util.Optional;

/**
 * Turns SnakeYAML's terse problem phrases into plain-English summaries and fixes. Unknown phrases
 * are passed through, capitalised, so no syntax error is ever reported without its cause.
 */
final class YamlProblems {

  private record Known(String phrase, String summary, String hint) {}

  private static final List<Known> KNOWN =
      List.of(
          new Known(
              "mapping values are not allowed",
              "A `:` appears where YAML does not expect a new `key: value` pair.",
              "Check the indentation of this line, or quote a value that contains `: `."),
          new Known(
              "could not find expected ':'",
              "A line is missing the `:` between key and value, or a quote is left open.",
              "Write `key: value` with a space after the colon, and close every quote."),
          new Known(
              "expected <block end>",
              "This line is indented differently from the lines around it.",
              "Align it with the other keys of the same mapping (use spaces only)."),
          new Known(
              "found unexpected end of stream",
              "A quoted string or bracket opened here is never closed.",
              "Close it on the same value, or escape quotes inside it."),
          new Known(
              "found undefined alias",
              "An alias (`*name`) refers to an anchor that was never defined.",
              "Define the anchor with `&name` before using it, or write the value out."),
          new Known(
              "expected ',' or ']'",
              "A flow list (`[...]`) is not closed properly.",
              "Separate items with `,` and close the list with `]`."),
          new Known(
              "expected ',' or '}'",
              "A flow mapping (`{...}`) is not closed properly.",
              "Separate entries with `,` and close the mapping with `}`."),
          new Known(
              "found unknown escape character",
              "A double-quoted string contains an unknown escape sequence.",
              "Use single quotes for text with backslashes, or escape the backslash as `\\\\`."),
          new Known(
              "found character '@' that cannot start any token",
              "A plain value starts with `@`, which YAML reserves.",
              "Quote the value, for example `owner: \"@team\"`."));

  private YamlProblems() {}

  static String summary(String problem) {
    return find(problem)
        .map(Known::summary)
        .orElseGet(() -> "The YAML is malformed: " + problem + ".");
  }

  static String hint(String problem) {
    return find(problem)
        .map(Known::hint)
        .orElse("Fix the YAML at this position; check indentation (spaces only) and quoting.");
  }

  private static Optional<Known> find(String problem) {
    return KNOWN.stream().filter(k -> problem.contains(k.phrase())).findFirst();
  }
}
