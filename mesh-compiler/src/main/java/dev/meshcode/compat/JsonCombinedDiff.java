package dev.meshcode.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code anyOf}, {@code oneOf} and {@code allOf}, as Confluent compares them: a plain schema may
 * become an {@code anyOf}/{@code oneOf} that has a compatible alternative (a sum type extended); a
 * single-alternative combination compares as its alternative; otherwise the combinator must stay
 * and every earlier alternative must still be matched by a compatible one: {@code anyOf}/{@code
 * oneOf} may gain alternatives, {@code allOf} may lose them.
 */
final class JsonCombinedDiff {

  private final JsonNodeDiff diff;

  JsonCombinedDiff(JsonNodeDiff diff) {
    this.diff = diff;
  }

  void compare(
      String path, JsonDocument.At o, Optional<String> oc, JsonDocument.At u, Optional<String> uc) {
    List<JsonDocument.At> before = branches(o, oc);
    List<JsonDocument.At> after = branches(u, uc);
    if (oc.isEmpty() || before.size() == 1) {
      boolean sum = uc.isEmpty() || !uc.get().equals("allOf") || after.size() == 1;
      if (sum && after.stream().anyMatch(b -> diff.trial(path, before.get(0), b).isEmpty())) {
        return;
      }
      if (after.size() == 1 || uc.isEmpty()) {
        diff.compare(path, before.get(0), after.get(0));
        return;
      }
    }
    if (uc.isEmpty() || !oc.equals(uc)) {
      diff.report(
          path,
          "the reader has "
              + uc.orElse("a single schema")
              + " where the data's schema has "
              + oc.orElse("a single schema")
              + ", which accept different values");
      return;
    }
    boolean product = oc.get().equals("allOf");
    List<JsonDocument.At> from = product ? after : before;
    List<JsonDocument.At> into = new ArrayList<>(product ? before : after);
    for (JsonDocument.At b : from) {
      Optional<JsonDocument.At> match =
          into.stream()
              .filter(c -> (product ? diff.trial(path, c, b) : diff.trial(path, b, c)).isEmpty())
              .findFirst();
      if (match.isEmpty()) {
        diff.report(
            path,
            "an alternative of the " + oc.get() + " has no compatible counterpart in the reader");
        return;
      }
      into.remove(match.get());
    }
  }

  private static List<JsonDocument.At> branches(JsonDocument.At at, Optional<String> key) {
    List<JsonDocument.At> out = new ArrayList<>();
    if (key.isEmpty()) {
      out.add(at);
      return out;
    }
    for (JsonNode b : at.node().get(key.get())) {
      out.add(new JsonDocument.At(b, at.base()));
    }
    return out;
  }
}
