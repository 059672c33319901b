package dev.meshcode.descriptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small random edits of a YAML text, for agreement tests between two readers: each edit is the kind
 * of thing a person types (an indent off by one, a comment, quotes, a block scalar, a blank line, a
 * stray colon), applied to one or two lines.
 */
final class YamlMutations {

  private static final String[] FRAGMENTS = {
    " # note",
    ":",
    ": x",
    " - y",
    "[a, b]",
    "'q''t'",
    "\"dq\"",
    "|",
    ">-",
    "{}",
    "~",
    "-1",
    "  ",
    "#",
    "---",
    "&a",
    "*a",
    "!t",
    "'",
    "\"",
    "\\n",
    "é",
    "x: [1, 2]",
    "- a: b",
    ",",
    "]"
  };

  private YamlMutations() {}

  static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + random.nextInt(2);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      edit(lines, random.nextInt(lines.size()), random);
    }
    return String.join("\n", lines);
  }

  private static void edit(List<String> lines, int at, Random random) {
    String line = lines.get(at);
    String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
    switch (random.nextInt(10)) {
      case 0 -> lines.set(at, " " + line);
      case 1 -> lines.set(at, line.startsWith(" ") ? line.substring(1) : line);
      case 2 -> lines.set(at, line + fragment);
      case 3 -> lines.add(at, "");
      case 4 -> lines.remove(at);
      case 5 -> lines.add(at, line.replaceAll("\\S.*", "") + "  " + line.strip());
      case 6 -> lines.set(at, quoteValue(line, random.nextBoolean() ? '\'' : '"'));
      case 7 -> lines.set(at, insert(line, fragment, random));
      case 8 -> blockScalar(lines, at, random);
      default -> lines.set(at, line.stripTrailing() + (random.nextBoolean() ? "   " : ""));
    }
  }

  private static String quoteValue(String line, char quote) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return line;
    }
    return line.substring(0, colon + 2) + quote + line.substring(colon + 2).strip() + quote;
  }

  private static String insert(String line, String fragment, Random random) {
    int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
    return line.substring(0, at) + fragment + line.substring(at);
  }

  private static void blockScalar(List<String> lines, int at, Random random) {
    String line = lines.get(at);
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return;
    }
    String indent = line.replaceAll("\\S.*", "");
    String value = line.substring(colon + 2).strip();
    String[] headers = {"|", "|-", ">", ">-"};
    lines.set(at, line.substring(0, colon + 2) + headers[random.nextInt(headers.length)]);
    int deeper = 1 + random.nextInt(3);
    lines.add(at + 1, indent + " ".repeat(deeper) + value);
    if (random.nextBoolean()) {
      lines.add(at + 2, random.nextBoolean() ? "" : indent + " ".repeat(deeper) + "second line");
    }
  }
}
